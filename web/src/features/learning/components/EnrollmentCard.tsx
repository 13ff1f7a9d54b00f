import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@/components/ProgressBar';
import { useFormat } from '@/lib/format';
import { isCompleted } from '../model/enrollmentFilters';
import { certificatePath, courseCompletePath, coursePagePath, resumePath } from '../paths';
import type { EnrollmentView } from '../types';

/** One course of "my learning": where the learner stands, and the way back in (or to the certificate). */
export function EnrollmentCard({ enrollment }: { enrollment: EnrollmentView }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const course = enrollment.course;
  const title = course?.title ?? t('card.untitled');
  const completed = isCompleted(enrollment);
  const started = enrollment.last_lesson_id !== null || enrollment.completed_lessons > 0;
  const action = completed ? t('card.review') : started ? t('card.resume') : t('card.start');
  const headingId = `enrollment-${enrollment.id}`;

  return (
    <article className="card enrollment-card" data-testid="enrollment-card" aria-labelledby={headingId}>
      {course?.thumbnail_url && <img className="enrollment-thumbnail" src={course.thumbnail_url} alt="" loading="lazy" />}
      <div className="enrollment-body">
        <h2 id={headingId} className="enrollment-title">
          <Link to={coursePagePath(enrollment.course_id)}>{title}</Link>
        </h2>
        {course && <p className="muted enrollment-meta">{t('card.by', { name: course.instructor_name })}</p>}
        {completed && <span className="badge badge-success">{t('card.completedBadge')}</span>}
        <ProgressBar value={enrollment.progress_percentage} />
        <p className="enrollment-meta">
          {t('card.lessons', { completed: enrollment.completed_lessons, total: enrollment.total_lessons })}
          <span aria-hidden="true"> · </span>
          {format.percent(enrollment.progress_percentage)}
        </p>
        <p className="muted enrollment-meta">
          {completed && enrollment.completed_at
            ? t('card.completedOn', { date: format.date(enrollment.completed_at) })
            : enrollment.last_accessed_at
              ? t('card.lastActivity', { when: format.relative(enrollment.last_accessed_at) })
              : t('card.enrolledOn', { date: format.date(enrollment.enrolled_at) })}
        </p>
      </div>
      <div className="actions enrollment-actions">
        <Link
          className={completed ? 'button button-secondary' : 'button'}
          to={resumePath(enrollment.course_id)}
          data-testid="resume-button"
          aria-label={t('card.resumeLabel', { action, title })}
        >
          {action}
        </Link>
        {enrollment.certificate_number && (
          <Link
            className="button"
            to={certificatePath(enrollment.certificate_number)}
            aria-label={t('card.certificateLabel', { title })}
          >
            {t('card.certificate')}
          </Link>
        )}
        {completed && !enrollment.certificate_number && (
          <Link className="button button-ghost" to={courseCompletePath(enrollment.course_id)}>
            {t('card.certificate')}
          </Link>
        )}
      </div>
    </article>
  );
}
