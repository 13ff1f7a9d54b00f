import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { Markdown } from '@/components/Markdown';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/useSession';
import { useFormat } from '@/lib/format';
import type { CourseDetail } from '@/lib/api/types';
import { useCourse } from '../api/useCourse';
import { useEnroll } from '../api/useEnroll';
import { useEnrollment } from '@/lib/api/hooks/useEnrollment';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { catalogHref } from '../catalogFilters';
import { canEdit, courseAction, firstLessonId, lessonHref, resumeLessonId } from '../courseAction';
import { CourseCallToAction } from '../components/CourseCallToAction';
import { CourseFacts } from '../components/CourseFacts';
import { CourseHero } from '../components/CourseHero';
import { CourseOutline } from '../components/CourseOutline';
import { CourseThumbnail } from '../components/CourseThumbnail';
import { useCatalogLabels } from '../useCatalogLabels';
import { CourseReviewsSection } from './CourseReviewsSection';
import '../catalog.css';

/** /courses/:courseId: everything to decide, and the button to start. */
export function CoursePage() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation('catalog');
  const session = useSession();
  const course = useCourse(courseId, session.status !== 'restoring');
  useDocumentTitle(course.data?.title ?? (isProblem(course.error, 404) ? t('course.notFoundTitle') : undefined));

  if (course.isPending) return <Loading />;
  if (isProblem(course.error, 404) || isProblem(course.error, 400)) return <CourseNotFound />;
  if (course.error || !course.data) return <ErrorMessage error={course.error} onRetry={() => void course.refetch()} />;
  return <CourseView course={course.data} />;
}

function CourseNotFound() {
  const { t } = useTranslation('catalog');
  return (
    <section className="page narrow course-not-found">
      <p className="not-found-mark" aria-hidden="true">
        404
      </p>
      <h1>{t('course.notFoundTitle')}</h1>
      <p>{t('course.notFoundText')}</p>
      <div className="actions centered">
        <Link to="/courses" className="button">
          {t('course.backToCatalog')}
        </Link>
      </div>
    </section>
  );
}

function CourseView({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  const session = useSession();
  const user = session.user;
  const enrollments = useMyEnrollments(session.status === 'signed-in');
  const action = courseAction({ session, course, enrollments: enrollments.data ?? (enrollments.isError ? [] : undefined) });
  const enrollment = action.kind === 'continue' ? action.enrollment : undefined;
  const detail = useEnrollment(enrollment?.id);
  const enroll = useEnroll();
  const resume = enrollment ? resumeLessonId(course, enrollment, detail.data?.resume_lesson_id) : null;

  const startLearning = () =>
    enroll.mutate(course.id, {
      onSuccess: (created) => navigate(lessonHref(course.id, created.last_lesson_id ?? firstLessonId(course))),
    });

  return (
    <div className="course-page">
      <CourseHero course={course} />
      <div className="course-layout">
        <aside className="course-aside" aria-label={t('cta.includes')}>
          <div className="card purchase-card">
            <CourseThumbnail id={course.id} domain={course.domain} url={course.thumbnail_url} className="purchase-thumb" />
            <CourseCallToAction
              course={course}
              action={action}
              resumeLessonId={resume}
              onEnroll={startLearning}
              enrolling={enroll.isPending}
              enrollError={enroll.error ?? undefined}
            />
            {canEdit(user, course) && (
              <Link to={`/teach/courses/${course.id}`} className="button button-secondary cta-button cta-edit">
                {t('cta.edit')}
              </Link>
            )}
            <div className="purchase-includes">
              <h2 className="purchase-includes-title">{t('cta.includes')}</h2>
              <ul>
                <li>{t('cta.includesDuration', { duration: format.hours(course.total_duration_hours) })}</li>
                <li>{t('cta.includesLessons', { count: course.total_lessons })}</li>
                <li>{t('cta.includesAccess')}</li>
                <li>{t('cta.includesCertificate')}</li>
              </ul>
            </div>
          </div>
        </aside>

        <div className="course-main">
          {course.status !== 'published' && canEdit(user, course) && <p className="alert alert-info">{t('course.draftNotice')}</p>}
          <section aria-label={t('course.facts')}>
            <CourseFacts course={course} />
          </section>
          {course.learning_outcomes.length > 0 && (
            <section className="course-section card outcomes" aria-labelledby="outcomes-title">
              <h2 id="outcomes-title">{t('course.outcomes')}</h2>
              <ul className="outcome-list">
                {course.learning_outcomes.map((outcome) => (
                  <li key={outcome}>
                    <span className="outcome-check" aria-hidden="true">
                      ✓
                    </span>
                    {outcome}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="course-section" aria-labelledby="outline-title">
            <h2 id="outline-title">{t('course.outline')}</h2>
            <CourseOutline modules={course.modules} headingId="outline-title" />
          </section>

          <section className="course-section" aria-labelledby="prerequisites-title">
            <h2 id="prerequisites-title">{t('course.prerequisites')}</h2>
            {course.prerequisites.length > 0 ? (
              <ul className="prerequisite-list">
                {course.prerequisites.map((prerequisite) => (
                  <li key={prerequisite}>{prerequisite}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('course.noPrerequisites')}</p>
            )}
          </section>

          {course.description && (
            <section className="course-section" aria-labelledby="description-title">
              <h2 id="description-title">{t('course.description')}</h2>
              <Markdown source={course.description} className="course-description" />
            </section>
          )}

          <section className="course-section" aria-labelledby="instructor-title">
            <h2 id="instructor-title">{t('course.instructor')}</h2>
            <div className="instructor">
              <span className="avatar avatar-large" aria-hidden="true">
                {course.instructor_name.trim().slice(0, 1).toUpperCase()}
              </span>
              <div>
                <p className="instructor-name">{course.instructor_name}</p>
                <p className="muted">{t('course.instructorText', { name: course.instructor_name })}</p>
                <Link to={catalogHref({ domain: course.domain })}>{t('course.moreFrom', { domain: labels.domain(course.domain) })}</Link>
              </div>
            </div>
          </section>

          <CourseReviewsSection courseId={course.id} user={user} canReview={enrollment !== undefined} />
        </div>
      </div>
    </div>
  );
}
