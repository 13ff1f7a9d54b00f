import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';

type Props = {
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivator: (element: HTMLElement | null) => void;
  dataAttribute: Record<string, string>;
};

/** The grip by which a row is dragged, with the pointer or the keyboard (dnd-kit's sensors listen here only). */
export function DragHandle({ label, attributes, listeners, setActivator, dataAttribute }: Props) {
  return (
    <button type="button" className="drag-handle" ref={setActivator} {...attributes} {...listeners} aria-label={label} {...dataAttribute}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
