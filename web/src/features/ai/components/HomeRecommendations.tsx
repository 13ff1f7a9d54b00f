import { useTranslation } from 'react-i18next';
import { RecommendationsSection } from './RecommendationsSection';

/** The home page's "Recommended for you" (the `homeRecommendations` slot). */
export function HomeRecommendations() {
  const { t } = useTranslation('ai');
  return <RecommendationsSection title={t('recommendations.homeTitle')} lead={t('recommendations.homeLead')} />;
}
