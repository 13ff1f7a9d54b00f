import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';
import { useCatalogLabels } from '../useCatalogLabels';
import { LessonTypeIcon } from './LessonTypeIcon';

type ModuleOutline = CoursesSchemas['ModuleOutline'];

export function byPosition<T extends { position: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}

/** Modules as disclosures (the first one open), each listing its lessons with their type, length and preview mark. */
export function CourseOutline({ modules, headingId }: { modules: ModuleOutline[]; headingId?: string }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  const ordered = byPosition(modules);
  const [open, setOpen] = useState<Set<string>>(() => new Set(ordered[0] ? [ordered[0].id] : []));
  if (ordered.length === 0) return <p className="muted">{t('course.emptyOutline')}</p>;

  const allOpen = open.size === ordered.length;
  const toggle = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  const lessonCount = ordered.reduce((sum, module) => sum + module.lessons.length, 0);
  const seconds = ordered.reduce((sum, module) => sum + module.lessons.reduce((total, lesson) => total + lesson.duration_seconds, 0), 0);

  return (
    <div className="outline" aria-labelledby={headingId}>
      <div className="outline-toolbar">
        <p className="muted">
          {t('course.outlineSummary', {
            modules: t('course.modules', { count: ordered.length }),
            lessons: t('card.lessons', { count: lessonCount }),
            duration: format.seconds(seconds),
          })}
        </p>
        <button type="button" className="button button-ghost" onClick={() => setOpen(allOpen ? new Set() : new Set(ordered.map((module) => module.id)))}>
          {allOpen ? t('course.collapseAll') : t('course.expandAll')}
        </button>
      </div>
      {ordered.map((module) => {
        const moduleSeconds = module.lessons.reduce((total, lesson) => total + lesson.duration_seconds, 0);
        return (
          <details
            key={module.id}
            className="outline-module"
            open={open.has(module.id)}
            onToggle={(event) => {
              const isOpen = event.currentTarget.open;
              if (isOpen !== open.has(module.id)) toggle(module.id, isOpen);
            }}
          >
            <summary>
              <span className="outline-module-title">{module.title}</span>
              <span className="outline-module-meta">
                {t('card.lessons', { count: module.lessons.length })}
                {moduleSeconds > 0 && ` · ${format.seconds(moduleSeconds)}`}
              </span>
            </summary>
            {module.description && <p className="outline-module-description">{module.description}</p>}
            {module.lessons.length === 0 ? (
              <p className="muted outline-empty">{t('course.emptyModule')}</p>
            ) : (
              <ol className="outline-lessons">
                {byPosition(module.lessons).map((lesson) => (
                  <li key={lesson.id} className="outline-lesson">
                    <span className={`lesson-type lesson-type-${lesson.type}`}>
                      <LessonTypeIcon type={lesson.type} />
                      <span className="lesson-type-label">{labels.lessonType(lesson.type)}</span>
                    </span>
                    <span className="outline-lesson-title">{lesson.title}</span>
                    {lesson.is_preview && <span className="badge badge-success">{t('course.preview')}</span>}
                    {lesson.duration_seconds > 0 && <span className="outline-lesson-duration muted">{format.seconds(lesson.duration_seconds)}</span>}
                  </li>
                ))}
              </ol>
            )}
          </details>
        );
      })}
    </div>
  );
}
