import { useTranslation } from 'react-i18next';
import { LessonTypes } from '../types';

const icons: Record<string, string> = { video: '▶', text: '☰', quiz: '?', exercise: '✎' };

/** The lesson's kind in words (the icon is decoration only). */
export function LessonTypeLabel({ type }: { type: string }) {
  const { t } = useTranslation('learning');
  const known = (Object.values(LessonTypes) as string[]).includes(type);
  return (
    <span className="lesson-type">
      <span className="lesson-type-icon" aria-hidden="true">
        {icons[type] ?? '•'}
      </span>
      {t(known ? `player.type.${type}` : 'player.type.other')}
    </span>
  );
}
