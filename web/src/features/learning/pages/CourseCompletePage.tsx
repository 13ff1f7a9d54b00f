import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@/components/ProgressBar';
import { RequireAuth } from '@/components/RequireAuth';
import { Loading } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useCurrentUser } from '@/lib/auth/useSession';
import { useCertificate } from '@/lib/api/hooks/useCertificate';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { CertificateCard } from '../components/CertificateCard';
import { NextCoursesSlot } from '../components/NextCoursesSlot';
import { isCompleted } from '../model/enrollmentFilters';
import { coursePagePath, resumePath } from '../paths';
import type { EnrollmentView } from '../types';
import '../learning.css';

export function CourseCompletePage() {
  const { courseId = '' } = useParams();
  return (
    <RequireAuth>
      <CourseComplete courseId={courseId} />
    </RequireAuth>
  );
}

function CourseComplete({ courseId }: { courseId: string }) {
  const { t } = useTranslation('learning');
  const mine = useMyEnrollments();
  const enrollment = mine.data?.find((item) => item.course_id === courseId) ?? null;
  useDocumentTitle(t('completion.titleAnonymous'));

  if (mine.isPending) return <Loading />;
  if (mine.error) return <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!enrollment) {
    return (
      <section className="page narrow">
        <h1>{t('completion.notEnrolledTitle')}</h1>
        <p>{t('completion.notEnrolled')}</p>
        <div className="actions">
          <Link className="button" to={coursePagePath(courseId)}>
            {t('player.seeCourse')}
          </Link>
        </div>
      </section>
    );
  }
  if (!isCompleted(enrollment)) return <NotCompletedYet enrollment={enrollment} />;
  return <Completed enrollment={enrollment} />;
}

function NotCompletedYet({ enrollment }: { enrollment: EnrollmentView }) {
  const { t } = useTranslation('learning');
  return (
    <section className="page narrow">
      <h1>{t('completion.notCompletedTitle')}</h1>
      <p>{t('completion.notCompleted')}</p>
      <ProgressBar value={enrollment.progress_percentage} />
      <p className="muted">{t('card.lessons', { completed: enrollment.completed_lessons, total: enrollment.total_lessons })}</p>
      <div className="actions">
        <Link className="button" to={resumePath(enrollment.course_id)}>
          {t('completion.continue')}
        </Link>
      </div>
    </section>
  );
}

function Completed({ enrollment }: { enrollment: EnrollmentView }) {
  const { t } = useTranslation('learning');
  const user = useCurrentUser();
  const certificate = useCertificate(enrollment.certificate_number);
  const title = enrollment.course?.title ?? t('card.untitled');
  return (
    <section className="page completion">
      <header className="completion-hero">
        <svg className="completion-mark" viewBox="0 0 64 64" width="72" height="72" aria-hidden="true" focusable="false">
          <circle cx="32" cy="26" r="20" fill="var(--color-success-soft)" stroke="var(--color-success)" strokeWidth="3" />
          <path d="M22 27l7 7 13-14" fill="none" stroke="var(--color-success)" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M20 42l-6 16 9-4 5 8 4-14M44 42l6 16-9-4-5 8-4-14" fill="var(--color-success)" />
        </svg>
        <h1>{user ? t('completion.title', { name: user.first_name }) : t('completion.titleAnonymous')}</h1>
        <p className="completion-lead">{t('completion.lead', { title })}</p>
      </header>

      {enrollment.certificate_number ? (
        <CertificateCard number={enrollment.certificate_number} certificate={certificate.data} />
      ) : (
        <p className="alert alert-info" data-testid="completion-certificate">
          {t('completion.noCertificate')}
        </p>
      )}

      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">{t('completion.reviewTitle')}</h2>
        <p>{t('completion.reviewText')}</p>
        <Link className="button button-secondary" to={`${coursePagePath(enrollment.course_id)}#reviews`}>
          {t('completion.review')}
        </Link>
      </section>

      <NextCoursesSlot courseId={enrollment.course_id} />

      <p>
        <Link to="/learning">{t('completion.backToLearning')}</Link>
      </p>
    </section>
  );
}
