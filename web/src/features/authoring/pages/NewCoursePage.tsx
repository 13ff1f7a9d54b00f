import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useCreateCourse } from '../api/courses';
import { useCategorySuggestions, useVocabulary } from '../api/vocabulary';
import { CourseForm } from '../components/CourseForm';
import { emptyCourseValues, toCourseWrite } from '../model/courseForm';
import { teachPaths } from '../paths';
import '../authoring.css';

export function NewCoursePage() {
  const { t, i18n } = useTranslation('authoring');
  useDocumentTitle(t('newCourse.title'));
  const navigate = useNavigate();
  const vocabulary = useVocabulary();
  const categories = useCategorySuggestions();
  const create = useCreateCourse();
  // A course is most often taught in the language its instructor works in.
  const initial = { ...emptyCourseValues, language: i18n.language === 'en' ? 'en' : 'fr' };

  return (
    <section className="page teach-page narrow-form">
      <nav aria-label={t('editor.back')} className="breadcrumbs">
        <Link to={teachPaths.mine}>← {t('newCourse.back')}</Link>
      </nav>
      <header>
        <h1>{t('newCourse.title')}</h1>
        <p className="muted">{t('newCourse.intro')}</p>
      </header>
      <QueryState query={vocabulary}>
        {(choices) => (
          <CourseForm
            mode="create"
            initial={initial}
            vocabulary={choices}
            categories={categories.data ?? []}
            pending={create.isPending}
            error={create.error}
            onSubmit={(values) =>
              create.mutate(toCourseWrite(values), { onSuccess: (course) => navigate(teachPaths.course(course.id, 'outline')) })
            }
          />
        )}
      </QueryState>
    </section>
  );
}
