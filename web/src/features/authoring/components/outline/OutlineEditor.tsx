import { useState } from 'react';
import { DndContext, closestCenter, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import { byPosition, moveById, moveByStep } from '../../model/reorder';
import type { ModuleOutline } from '../../model/types';
import { LiveMessage } from '../FormControls';
import { AddModuleForm } from './AddModuleForm';
import { ModuleItem } from './ModuleItem';
import { refocus } from './refocus';
import type { OutlineActions } from './types';
import { useSortableSetup } from './useSortableSetup';

type Props = {
  courseId: string;
  modules: ModuleOutline[];
  lessonTypes: string[];
  actions: OutlineActions;
  pending: boolean;
  /** Set by the container when the service refused a change (the outline was reloaded). */
  notice?: string;
};

/**
 * Modules and lessons, reordered by drag and drop (pointer or keyboard) or by the move buttons; every change is
 * announced to screen readers. Takes the course's modules and reports intentions: no fetching here.
 */
export function OutlineEditor({ courseId, modules, lessonTypes, actions, pending, notice }: Props) {
  const { t } = useTranslation('authoring');
  const [message, setMessage] = useState('');
  const ordered = byPosition(modules);
  const ids = ordered.map((module) => module.id);
  const setup = useSortableSetup(ordered);
  // The same sentence twice in a row must be read twice: clear, then set.
  const announce = (text: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const order = moveById(ids, String(active.id), String(over.id));
    if (order) actions.reorderModules(order);
  };
  const step = (module: ModuleOutline, direction: -1 | 1) => {
    const order = moveByStep(ids, module.id, direction);
    if (!order) return;
    actions.reorderModules(order);
    announce(t('outline.announce.moved', { title: module.title, position: order.indexOf(module.id) + 1, total: order.length }));
    refocus(`[data-module-${direction < 0 ? 'up' : 'down'}="${module.id}"]`, `[data-module-${direction < 0 ? 'down' : 'up'}="${module.id}"]`);
  };

  return (
    <div className="outline">
      <h2>{t('editor.tabs.outline')}</h2>
      <p className="muted">{t('outline.intro')}</p>
      <LiveMessage message={notice || message} />
      {ordered.length === 0 ? (
        <EmptyState title={t('outline.empty')} />
      ) : (
        <DndContext sensors={setup.sensors} collisionDetection={closestCenter} accessibility={setup.accessibility} onDragEnd={onDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="outline-modules">
              {ordered.map((module, index) => (
                <ModuleItem
                  key={module.id}
                  courseId={courseId}
                  module={module}
                  index={index}
                  modules={ordered}
                  lessonTypes={lessonTypes}
                  actions={actions}
                  pending={pending}
                  announce={announce}
                  onStep={(direction) => step(module, direction)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <AddModuleForm
        pending={pending}
        onAdd={async (title) => {
          const added = await actions.addModule(title);
          if (added) announce(t('outline.announce.added', { title }));
          return added;
        }}
      />
    </div>
  );
}
