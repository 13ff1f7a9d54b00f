import { useTranslation } from 'react-i18next';
import type { TutorMode } from '../types';

/** How the answers are made, so nobody mistakes quoted lesson sentences for written explanations, or the reverse. */
export function TutorModeLabel({ mode }: { mode: TutorMode }) {
  const { t } = useTranslation('ai');
  return (
    <p className="badge tutor-mode" data-testid="tutor-mode" data-mode={mode}>
      {mode === 'llm' ? t('tutor.modeLlm') : t('tutor.modeLocal')}
    </p>
  );
}
