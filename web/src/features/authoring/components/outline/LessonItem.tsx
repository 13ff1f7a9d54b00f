import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { LessonOutline, ModuleOutline } from '../../model/types';
import { teachPaths } from '../../paths';
import { ConfirmAction } from '../ConfirmAction';
import { DragHandle } from './DragHandle';

type Props = {
  courseId: string;
  lesson: LessonOutline;
  index: number;
  count: number;
  otherModules: ModuleOutline[];
  onStep: (step: -1 | 1) => void;
  onMoveTo: (moduleId: string) => void;
  onDelete: () => void;
};

export function LessonItem({ courseId, lesson, index, count, otherModules, onStep, onMoveTo, onDelete }: Props) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const sortable = useSortable({ id: lesson.id });
  const style = { transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition };
  const title = lesson.title;
  return (
    <li ref={sortable.setNodeRef} style={style} className={sortable.isDragging ? 'outline-lesson dragging' : 'outline-lesson'} data-testid="outline-lesson" data-lesson-id={lesson.id}>
      <DragHandle
        label={t('outline.lesson.drag', { title })}
        attributes={sortable.attributes}
        listeners={sortable.listeners}
        setActivator={sortable.setActivatorNodeRef}
        dataAttribute={{ 'data-lesson-handle': lesson.id }}
      />
      <div className="outline-lesson-main">
        <Link to={teachPaths.lesson(courseId, lesson.id)} className="outline-lesson-title">
          {title}
        </Link>
        <span className="outline-lesson-meta">
          <span className="badge">{t(`lessonType.${lesson.type}`, { defaultValue: lesson.type })}</span>
          {lesson.duration_seconds > 0 && <span className="muted">{format.seconds(lesson.duration_seconds)}</span>}
          {lesson.is_preview && <span className="badge badge-success">{t('outline.lesson.preview')}</span>}
        </span>
      </div>
      <div className="outline-lesson-actions">
        <span className="icon-buttons">
          <button type="button" className="button button-ghost icon-button" disabled={index === 0} onClick={() => onStep(-1)} aria-label={t('outline.lesson.moveUp', { title })} data-lesson-up={lesson.id}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className="button button-ghost icon-button" disabled={index === count - 1} onClick={() => onStep(1)} aria-label={t('outline.lesson.moveDown', { title })} data-lesson-down={lesson.id}>
            <span aria-hidden="true">↓</span>
          </button>
        </span>
        {otherModules.length > 0 && (
          <select
            className="move-to-select"
            aria-label={t('outline.lesson.moveTo', { title })}
            value=""
            onChange={(event) => {
              if (event.target.value) onMoveTo(event.target.value);
            }}
          >
            <option value="">{t('outline.lesson.moveToPlaceholder')}</option>
            {otherModules.map((module) => (
              <option key={module.id} value={module.id}>
                {module.title}
              </option>
            ))}
          </select>
        )}
        <Link to={teachPaths.lesson(courseId, lesson.id)} className="button button-secondary" aria-label={t('outline.lesson.editNamed', { title })}>
          {t('outline.lesson.edit')}
        </Link>
        <ConfirmAction
          label={t('outline.lesson.delete')}
          ariaLabel={t('outline.lesson.deleteNamed', { title })}
          question={t('outline.lesson.deleteConfirm', { title })}
          onConfirm={onDelete}
          className="button button-ghost danger-text"
        />
      </div>
    </li>
  );
}
