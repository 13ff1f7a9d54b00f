import { useId, useState, type FormEvent } from 'react';
import { DndContext, closestCenter, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { Field, TextAreaField } from '@/components/Field';
import { byPosition, moveById, moveByStep } from '../../model/reorder';
import type { ModuleOutline } from '../../model/types';
import { ConfirmAction } from '../ConfirmAction';
import { AddLessonForm } from './AddLessonForm';
import { DragHandle } from './DragHandle';
import { LessonItem } from './LessonItem';
import { refocus } from './refocus';
import type { OutlineActions } from './types';
import { useSortableSetup } from './useSortableSetup';

type Props = {
  courseId: string;
  module: ModuleOutline;
  index: number;
  modules: ModuleOutline[];
  lessonTypes: string[];
  actions: OutlineActions;
  pending: boolean;
  announce: (message: string) => void;
  onStep: (step: -1 | 1) => void;
};

/** One module: its own sortable list of lessons (lessons are reordered within it; "move to" changes module). */
export function ModuleItem({ courseId, module, index, modules, lessonTypes, actions, pending, announce, onStep }: Props) {
  const { t } = useTranslation('authoring');
  const headingId = useId();
  const sortable = useSortable({ id: module.id });
  const lessons = byPosition(module.lessons);
  const ids = lessons.map((lesson) => lesson.id);
  const setup = useSortableSetup(lessons);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(module.title);
  const [description, setDescription] = useState(module.description);
  const otherModules = modules.filter((other) => other.id !== module.id);

  const reorder = (order: string[] | null, lessonId: string) => {
    if (!order) return;
    actions.reorderLessons(module.id, order);
    const lesson = lessons.find((candidate) => candidate.id === lessonId);
    if (lesson) announce(t('outline.announce.moved', { title: lesson.title, position: order.indexOf(lessonId) + 1, total: order.length }));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) {
      const order = moveById(ids, String(active.id), String(over.id));
      if (order) actions.reorderLessons(module.id, order);
    }
  };
  const saveRename = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    if (await actions.renameModule(module.id, title.trim(), description.trim())) {
      setRenaming(false);
      announce(t('outline.announce.renamed', { title: title.trim() }));
    }
  };

  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition }}
      className={sortable.isDragging ? 'card outline-module dragging' : 'card outline-module'}
      data-testid="outline-module"
      data-module-id={module.id}
      aria-labelledby={headingId}
    >
      <div className="outline-module-header">
        <DragHandle
          label={t('outline.module.drag', { title: module.title })}
          attributes={sortable.attributes}
          listeners={sortable.listeners}
          setActivator={sortable.setActivatorNodeRef}
          dataAttribute={{ 'data-module-handle': module.id }}
        />
        <h3 id={headingId} tabIndex={-1} data-module-heading={module.id}>
          {t('outline.module.heading', { number: index + 1, title: module.title })}
        </h3>
        <span className="muted">{t('outline.module.lessons', { count: lessons.length })}</span>
        <span className="outline-module-actions">
          <span className="icon-buttons">
            <button type="button" className="button button-ghost icon-button" disabled={index === 0} onClick={() => onStep(-1)} aria-label={t('outline.module.moveUp', { title: module.title })} data-module-up={module.id}>
              <span aria-hidden="true">↑</span>
            </button>
            <button type="button" className="button button-ghost icon-button" disabled={index === modules.length - 1} onClick={() => onStep(1)} aria-label={t('outline.module.moveDown', { title: module.title })} data-module-down={module.id}>
              <span aria-hidden="true">↓</span>
            </button>
          </span>
          <button type="button" className="button button-ghost" aria-expanded={renaming} aria-label={t('outline.module.renameNamed', { title: module.title })} onClick={() => {
            setTitle(module.title);
            setDescription(module.description);
            setRenaming((open) => !open);
          }}>
            {t('outline.module.rename')}
          </button>
          <ConfirmAction
            label={t('outline.module.delete')}
            ariaLabel={t('outline.module.deleteNamed', { title: module.title })}
            question={t('outline.module.deleteConfirm', { title: module.title, count: lessons.length })}
            onConfirm={() => actions.deleteModule(module.id)}
            className="button button-ghost danger-text"
          />
        </span>
      </div>
      {module.description && !renaming && <p className="muted outline-module-description">{module.description}</p>}

      {renaming && (
        <form className="form rename-form" onSubmit={(event) => void saveRename(event)} noValidate>
          <Field label={t('outline.module.renameLabel')} value={title} maxLength={200} error={title.trim() ? undefined : t('validation.required')} onChange={(event) => setTitle(event.target.value)} autoFocus data-testid="module-rename-input" />
          <TextAreaField label={t('outline.module.description')} value={description} maxLength={2000} rows={2} onChange={(event) => setDescription(event.target.value)} />
          <div className="actions">
            <button type="submit" className="button" disabled={pending}>
              {t('outline.module.saveRename')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setRenaming(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          </div>
        </form>
      )}

      {lessons.length === 0 ? (
        <p className="muted outline-empty">{t('outline.module.noLessons')}</p>
      ) : (
        <DndContext sensors={setup.sensors} collisionDetection={closestCenter} accessibility={setup.accessibility} onDragEnd={onDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="outline-lessons">
              {lessons.map((lesson, lessonIndex) => (
                <LessonItem
                  key={lesson.id}
                  courseId={courseId}
                  lesson={lesson}
                  index={lessonIndex}
                  count={lessons.length}
                  otherModules={otherModules}
                  onStep={(step) => {
                    reorder(moveByStep(ids, lesson.id, step), lesson.id);
                    refocus(`[data-lesson-${step < 0 ? 'up' : 'down'}="${lesson.id}"]`, `[data-lesson-${step < 0 ? 'down' : 'up'}="${lesson.id}"]`);
                  }}
                  onMoveTo={(moduleId) => {
                    actions.moveLesson(lesson.id, moduleId);
                    announce(t('outline.announce.movedTo', { title: lesson.title, module: modules.find((other) => other.id === moduleId)?.title ?? '' }));
                    refocus(`[data-lesson-handle="${lesson.id}"]`);
                  }}
                  onDelete={() => {
                    actions.deleteLesson(lesson.id);
                    announce(t('outline.announce.deleted', { title: lesson.title }));
                    refocus(`[data-module-heading="${module.id}"]`);
                  }}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <AddLessonForm
        moduleTitle={module.title}
        lessonTypes={lessonTypes}
        pending={pending}
        onAdd={async (lessonTitle, type) => {
          const added = await actions.addLesson(module.id, lessonTitle, type);
          if (added) announce(t('outline.announce.added', { title: lessonTitle }));
          return added;
        }}
      />
    </li>
  );
}
