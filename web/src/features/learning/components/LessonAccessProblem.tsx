import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isProblem } from '@/lib/api/problem';
import { coursePagePath } from '../paths';

/**
 * Why a lesson cannot be opened, in words a learner can act on: not enrolled (403) or a paid course (402) lead to the
 * course page, where one enrolls or buys; an unknown lesson (404) back to "my learning"; anything else can be retried.
 */
export function LessonAccessProblem({ error, courseId, onRetry }: { error: unknown; courseId: string; onRetry: () => void }) {
  const { t } = useTranslation('learning');
  const known = isProblem(error, 403) ? 'notEnrolled' : isProblem(error, 402) ? 'paid' : isProblem(error, 404) ? 'notFound' : null;
  if (!known) {
    return (
      <section className="page narrow">
        <ErrorMessage error={error} onRetry={onRetry} />
      </section>
    );
  }
  return (
    <section className="page narrow access-problem">
      <h1>{t(`access.${known}Title`)}</h1>
      <p>{t(`access.${known}`)}</p>
      <div className="actions">
        {known === 'notFound' ? (
          <Link className="button" to="/learning">
            {t('access.backToLearning')}
          </Link>
        ) : (
          <Link className="button" to={coursePagePath(courseId)}>
            {t('player.seeCourse')}
          </Link>
        )}
      </div>
    </section>
  );
}
