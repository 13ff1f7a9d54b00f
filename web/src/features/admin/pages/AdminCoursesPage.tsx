import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Pagination } from '@/components/Pagination';
import { EmptyState, QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useFormat } from '@/lib/format';
import { COURSES_PAGE_SIZE, useOwnCourses, usePublishedCourses } from '../api/useAdminCourses';
import { AdminPage } from '../components/AdminPage';
import { CoursesTable } from '../components/CoursesTable';

export function AdminCoursesPage() {
  return (
    <AdminPage>
      <Courses />
    </AdminPage>
  );
}

function Courses() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  useDocumentTitle(t('courses.title'));
  const [params, setParams] = useSearchParams();
  const search = (params.get('q') ?? '').slice(0, 200);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(search);
  const published = usePublishedCourses(search, page);
  const own = useOwnCourses();

  const go = (q: string, nextPage: number) => {
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (nextPage > 1) next.set('page', String(nextPage));
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(text, 1);
  };

  return (
    <>
      <header className="admin-header">
        <h1>{t('courses.title')}</h1>
        <p className="muted">{t('courses.scope')}</p>
      </header>
      <form className="card user-search" role="search" onSubmit={submit} aria-label={t('courses.searchLabel')}>
        <div className="field grow">
          <label htmlFor="admin-course-search">{t('courses.search')}</label>
          <input id="admin-course-search" type="search" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('courses.searchSubmit')}
        </button>
      </form>
      <section aria-labelledby="published-title" className="admin-section">
        <h2 id="published-title">{t('courses.published')}</h2>
        <QueryState query={published}>
          {(data) => (
            <>
              <p className="muted" aria-live="polite">
                {t('courses.found', { count: data.total, formatted: format.number(data.total) })}
              </p>
              {data.items.length === 0 ? <EmptyState title={t('courses.none')} /> : <CoursesTable courses={data.items} caption={t('courses.published')} />}
              <Pagination page={page} pageSize={COURSES_PAGE_SIZE} total={data.total} onPage={(next) => go(search, next)} />
            </>
          )}
        </QueryState>
      </section>
      {own.data && own.data.length > 0 && (
        <section aria-labelledby="own-title" className="admin-section">
          <h2 id="own-title">{t('courses.own')}</h2>
          <CoursesTable courses={own.data} caption={t('courses.own')} />
        </section>
      )}
    </>
  );
}
