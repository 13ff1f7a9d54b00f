import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { useUpdateCourse } from '../api/courses';
import { useCategorySuggestions, useVocabulary } from '../api/vocabulary';
import { toCourseWrite, valuesFromCourse } from '../model/courseForm';
import type { CourseDetail } from '../model/types';
import { CourseForm } from './CourseForm';

/** Every field of the course, saved at once (PATCH with each field). */
export function DetailsTab({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('authoring');
  const vocabulary = useVocabulary();
  const categories = useCategorySuggestions();
  const update = useUpdateCourse(course.id);
  const [saved, setSaved] = useState('');
  return (
    <QueryState query={vocabulary}>
      {(choices) => (
        <CourseForm
          mode="edit"
          // The form starts from the course as loaded; after a save the cache holds what was saved, which is what the form shows.
          initial={valuesFromCourse(course)}
          vocabulary={choices}
          categories={categories.data ?? []}
          courseId={course.id}
          pending={update.isPending}
          error={update.error}
          savedMessage={saved}
          onSubmit={(values) => {
            setSaved('');
            update.mutate(toCourseWrite(values), { onSuccess: () => setSaved(t('form.saved')) });
          }}
        />
      )}
    </QueryState>
  );
}
