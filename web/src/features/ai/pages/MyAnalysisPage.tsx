import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useMyAnalysis } from '../api/useMyAnalysis';
import { MyAnalysisView } from '../components/analysis/MyAnalysisView';
import '../ai.css';

/** `/learning/analysis` (signed in): the learner's pace, strengths and weak topics, computed from their activity. */
export function MyAnalysisPage() {
  const { t } = useTranslation('ai');
  const analysis = useMyAnalysis();
  useDocumentTitle(t('analysis.title'));
  return (
    <section className="page analysis-page">
      <header className="page-header">
        <div>
          <h1>{t('analysis.title')}</h1>
          <p className="muted analysis-lead">{t('analysis.lead')}</p>
        </div>
      </header>
      <QueryState query={analysis}>{(data) => <MyAnalysisView analysis={data} />}</QueryState>
    </section>
  );
}
