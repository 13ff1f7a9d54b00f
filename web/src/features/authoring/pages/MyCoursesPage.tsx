import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useMyCourses } from '../api/courses';
import { MyCoursesTable } from '../components/MyCoursesTable';
import { teachPaths } from '../paths';
import '../authoring.css';

export function MyCoursesPage() {
  const { t } = useTranslation('authoring');
  useDocumentTitle(t('mine.title'));
  const courses = useMyCourses();
  return (
    <section className="page teach-page">
      <header className="page-header">
        <div>
          <h1>{t('mine.title')}</h1>
          <p className="muted">{t('mine.intro')}</p>
        </div>
        <Link to={teachPaths.newCourse} className="button" data-testid="new-course">
          <span aria-hidden="true">+</span> {t('mine.newCourse')}
        </Link>
      </header>
      <QueryState query={courses}>{(list) => <MyCoursesTable courses={list} />}</QueryState>
    </section>
  );
}
