import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { useEditableCourse } from '../api/courses';
import { DetailsTab } from '../components/DetailsTab';
import { OutlineTab } from '../components/outline/OutlineTab';
import { PublishTab } from '../components/publish/PublishTab';
import { StatusBadge } from '../components/StatusBadge';
import { Tabs } from '../components/Tabs';
import { teachPaths } from '../paths';
import '../authoring.css';

const tabKeys = ['details', 'outline', 'publish'] as const;
type TabKey = (typeof tabKeys)[number];

function isTab(value: string | null): value is TabKey {
  return (tabKeys as readonly (string | null)[]).includes(value);
}

export function CourseEditorPage() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const course = useEditableCourse(courseId);
  const requested = search.get('tab');
  const tab: TabKey = isTab(requested) ? requested : 'details';
  useDocumentTitle(course.data ? `${course.data.title} · ${t(`editor.tabs.${tab}`)}` : t('mine.title'));

  if (course.isPending) return <Loading />;
  if (course.error || !course.data) {
    return (
      <section className="page teach-page">
        <h1>{t('mine.title')}</h1>
        {isProblem(course.error, 404) && <p>{t('editor.notFound')}</p>}
        <ErrorMessage error={course.error} onRetry={() => void course.refetch()} />
        <Link to={teachPaths.mine}>← {t('editor.back')}</Link>
      </section>
    );
  }

  const data = course.data;
  return (
    <section className="page teach-page">
      <nav aria-label={t('editor.back')} className="breadcrumbs">
        <Link to={teachPaths.mine}>← {t('editor.back')}</Link>
      </nav>
      <header className="page-header editor-header">
        <div>
          <h1>{data.title}</h1>
          <p className="editor-meta">
            <StatusBadge status={data.status} testId="course-status" />
            <span className="muted">{t('editor.updated', { when: format.relative(data.updated_at) })}</span>
          </p>
        </div>
        <div className="actions">
          {data.status === 'published' && (
            <Link to={teachPaths.catalogCourse(data.id)} className="button button-ghost">
              {t('editor.view')}
            </Link>
          )}
          <Link to={teachPaths.stats(data.id)} className="button button-secondary">
            {t('editor.stats')}
          </Link>
        </div>
      </header>
      {data.status === 'published' && <p className="alert alert-info">{t('editor.publishedNote')}</p>}
      <Tabs
        label={t('editor.tabs.label')}
        tabs={tabKeys.map((key) => ({ key, label: t(`editor.tabs.${key}`) }))}
        selected={tab}
        onSelect={(key) => setSearch(key === 'details' ? {} : { tab: key }, { replace: true })}
      >
        {tab === 'details' && <DetailsTab course={data} />}
        {tab === 'outline' && <OutlineTab course={data} />}
        {tab === 'publish' && <PublishTab course={data} />}
      </Tabs>
    </section>
  );
}
