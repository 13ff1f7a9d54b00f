import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem } from '../model/reorder';

type Props = {
  legend: string;
  hint?: string;
  error?: string | undefined;
  items: string[];
  onChange: (items: string[]) => void;
  /** The label of the n-th entry (1-based), e.g. "Keyword 3". */
  itemLabel: (number: number) => string;
  addLabel: string;
  maxLength?: number;
  multiline?: boolean;
};

/** A list of short texts (keywords, outcomes, prerequisites, checklist): add, edit, reorder, remove, all with the keyboard. */
export function EditableList({ legend, hint, error, items, onChange, itemLabel, addLabel, maxLength, multiline }: Props) {
  const { t } = useTranslation('authoring');
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const focusEntry = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('input, textarea')[index]?.focus());
  const name = (item: string, index: number) => item.trim() || t('list.emptyItem', { number: index + 1 });

  const set = (index: number, value: string) => onChange(items.map((item, position) => (position === index ? value : item)));
  const remove = (index: number) => {
    onChange(items.filter((_, position) => position !== index));
    focusEntry(Math.max(0, index - 1));
  };
  const move = (index: number, to: number) => {
    onChange(moveItem(items, index, to));
    focusEntry(to);
  };
  const add = () => {
    onChange([...items, '']);
    focusEntry(items.length);
  };

  return (
    <fieldset className="editable-list" aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}>
      <legend className="label">{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <ol className="editable-list-items" ref={list}>
          {items.map((item, index) => (
            // Entries have no identity of their own; the index is what the labels and buttons refer to.
            <li key={index} className="editable-list-item">
              {multiline ? (
                <textarea rows={2} aria-label={itemLabel(index + 1)} value={item} maxLength={maxLength} onChange={(event) => set(index, event.target.value)} />
              ) : (
                <input type="text" aria-label={itemLabel(index + 1)} value={item} maxLength={maxLength} onChange={(event) => set(index, event.target.value)} />
              )}
              <span className="icon-buttons">
                <button type="button" className="button button-ghost icon-button" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('list.moveUp', { item: name(item, index) })}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className="button button-ghost icon-button" disabled={index === items.length - 1} onClick={() => move(index, index + 1)} aria-label={t('list.moveDown', { item: name(item, index) })}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className="button button-ghost icon-button" onClick={() => remove(index)} aria-label={t('list.remove', { item: name(item, index) })}>
                  <span aria-hidden="true">✕</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div>
        <button type="button" className="button button-secondary" onClick={add}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
