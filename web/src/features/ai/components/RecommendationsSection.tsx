import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { useCurrentUser } from '@/lib/auth/useSession';
import { useRecommendations } from '../api/useRecommendations';
import { serviceLanguage } from '../lib/language';
import { recommendationsToShow } from '../lib/recommendations';
import { RecommendationCards } from './RecommendationCards';
import '../ai.css';

const shown = 4;

/**
 * Recommended courses under a heading, for a signed-in person. Optional wherever it appears: nothing while loading,
 * nothing when there is nothing to recommend or the service fails (the page around it goes on without it).
 */
export function RecommendationsSection({ title, lead, excludeCourseId }: { title: string; lead: string; excludeCourseId?: string }) {
  const { i18n } = useTranslation('ai');
  const user = useCurrentUser();
  const headingId = useId();
  const recommendations = useRecommendations(shown, serviceLanguage(i18n.language), user !== null);
  const enrollments = useMyEnrollments(user !== null);
  // Wait for the enrollments too (or their failure), so a course being taken does not flash up and vanish.
  if (!user || !recommendations.data || enrollments.isPending) return null;
  const taken = [...(enrollments.data?.map((enrollment) => enrollment.course_id) ?? []), ...(excludeCourseId ? [excludeCourseId] : [])];
  const items = recommendationsToShow(recommendations.data.items, taken, shown);
  if (items.length === 0) return null;
  return (
    <section className="recommendations" data-testid="recommendations" aria-labelledby={headingId}>
      <div className="recommendations-header">
        <h2 id={headingId}>{title}</h2>
        <p className="muted">{lead}</p>
      </div>
      <RecommendationCards items={items} />
    </section>
  );
}
