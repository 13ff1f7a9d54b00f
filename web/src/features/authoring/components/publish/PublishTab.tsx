import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useArchiveCourse, useDeleteCourse, usePublishCourse, useUnpublishCourse } from '../../api/courses';
import type { CourseDetail } from '../../model/types';
import { teachPaths } from '../../paths';
import { PublishPanel } from './PublishPanel';

export function PublishTab({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('authoring');
  const navigate = useNavigate();
  const publish = usePublishCourse(course.id);
  const unpublish = useUnpublishCourse(course.id);
  const archive = useArchiveCourse(course.id);
  const remove = useDeleteCourse(course.id);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const busy = publish.isPending || unpublish.isPending || archive.isPending || remove.isPending;

  const run = (call: (options: { onSuccess: () => void; onError: (problem: unknown) => void }) => void, done: string) => {
    setError(null);
    setMessage('');
    call({ onSuccess: () => setMessage(done), onError: setError });
  };

  return (
    <PublishPanel
      course={course}
      busy={busy}
      error={error}
      message={message}
      onPublish={() => run((options) => publish.mutate(undefined, options), t('publish.published'))}
      onUnpublish={() => run((options) => unpublish.mutate(undefined, options), course.status === 'archived' ? t('publish.restored') : t('publish.unpublished'))}
      onArchive={() => run((options) => archive.mutate(undefined, options), t('publish.archived'))}
      onDelete={() => {
        setError(null);
        remove.mutate(undefined, { onSuccess: () => navigate(teachPaths.mine, { replace: true }), onError: setError });
      }}
    />
  );
}
