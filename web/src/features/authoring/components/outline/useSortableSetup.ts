import { KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';

type Item = { id: string; title: string };

/**
 * What every sortable list of the outline shares: pointer and keyboard sensors (Space to pick up, arrows to move,
 * Space to drop, Escape to cancel) and what screen readers hear at each step, with the item's title and position.
 */
export function useSortableSetup(items: Item[]) {
  const { t } = useTranslation('authoring');
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const total = items.length;
  const title = (id: UniqueIdentifier) => items.find((item) => item.id === id)?.title ?? '';
  const position = (id: UniqueIdentifier | undefined) => items.findIndex((item) => item.id === id) + 1;

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('outline.announce.pickedUp', { title: title(active.id), position: position(active.id), total }),
    onDragOver: ({ active, over }) =>
      over ? t('outline.announce.over', { title: title(active.id), position: position(over.id), total }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('outline.announce.dropped', { title: title(active.id), position: position(over.id), total })
        : t('outline.announce.cancelled', { title: title(active.id) }),
    onDragCancel: ({ active }) => t('outline.announce.cancelled', { title: title(active.id) }),
  };
  return { sensors, accessibility: { announcements, screenReaderInstructions: { draggable: t('outline.announce.instructions') } } };
}
