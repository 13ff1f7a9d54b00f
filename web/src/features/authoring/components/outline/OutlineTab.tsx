import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { queryKeys } from '@/lib/api/queryKeys';
import { useUpdateCourse } from '../../api/courses';
import { useAddLesson, useDeleteLesson, useUpdateLesson } from '../../api/lessons';
import { useAddModule, useDeleteModule, useUpdateModule } from '../../api/modules';
import { useVocabulary } from '../../api/vocabulary';
import { withLessonMoved, withLessonOrder, withModuleOrder } from '../../model/reorder';
import { courseWrite, lessonWrite, moduleWrite, type CourseDetail } from '../../model/types';
import { OutlineEditor } from './OutlineEditor';
import type { OutlineActions } from './types';

const fallbackLessonTypes = ['video', 'text', 'quiz', 'exercise'];

/**
 * Sends the outline's changes to the service. Reorders show at once (the cached course is updated before the request)
 * and are undone by reloading the course if the service refuses them.
 */
export function OutlineTab({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('authoring');
  const queryClient = useQueryClient();
  const key = queryKeys.course(course.id);
  const vocabulary = useVocabulary();
  const updateCourse = useUpdateCourse(course.id);
  const addModule = useAddModule(course.id);
  const updateModule = useUpdateModule(course.id);
  const deleteModule = useDeleteModule(course.id);
  const addLesson = useAddLesson(course.id);
  const updateLesson = useUpdateLesson(course.id);
  const deleteLesson = useDeleteLesson(course.id);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const optimistic = (change: (current: CourseDetail) => CourseDetail) => {
    setError(null);
    setNotice('');
    void queryClient.cancelQueries({ queryKey: key, exact: true });
    queryClient.setQueryData<CourseDetail>(key, (current) => (current ? change(current) : current));
  };
  const failed = (problem: unknown) => {
    setError(problem);
    setNotice(t('outline.announce.failed'));
    void queryClient.invalidateQueries({ queryKey: key, exact: true });
  };
  const attempt = async (call: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await call();
      return true;
    } catch (problem) {
      setError(problem);
      return false;
    }
  };

  const actions: OutlineActions = {
    reorderModules: (order) => {
      optimistic((current) => withModuleOrder(current, order));
      updateCourse.mutate(courseWrite({ module_order: order }), { onError: failed });
    },
    reorderLessons: (moduleId, order) => {
      optimistic((current) => withLessonOrder(current, moduleId, order));
      updateModule.mutate({ moduleId, body: moduleWrite({ lesson_order: order }) }, { onError: failed });
    },
    moveLesson: (lessonId, moduleId) => {
      optimistic((current) => withLessonMoved(current, lessonId, moduleId));
      updateLesson.mutate({ lessonId, body: lessonWrite({ module_id: moduleId }) }, { onError: failed });
    },
    addModule: (title) => attempt(() => addModule.mutateAsync(moduleWrite({ title }))),
    renameModule: (moduleId, title, description) => attempt(() => updateModule.mutateAsync({ moduleId, body: moduleWrite({ title, description }) })),
    deleteModule: (moduleId) => deleteModule.mutate(moduleId, { onError: failed }),
    addLesson: (moduleId, title, type) => attempt(() => addLesson.mutateAsync({ moduleId, body: lessonWrite({ title, type }) })),
    deleteLesson: (lessonId) => deleteLesson.mutate(lessonId, { onError: failed }),
  };

  const pending = addModule.isPending || addLesson.isPending || updateModule.isPending || deleteModule.isPending;
  return (
    <>
      {error !== null && <ErrorMessage error={error} />}
      <OutlineEditor
        courseId={course.id}
        modules={course.modules}
        lessonTypes={vocabulary.data?.lesson_types ?? fallbackLessonTypes}
        actions={actions}
        pending={pending}
        notice={notice}
      />
    </>
  );
}
