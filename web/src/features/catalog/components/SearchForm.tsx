import { useId, useState, type FormEvent } from 'react';

/**
 * A search box with its button. The typed text is local until submitted; `value` from the address resets it
 * (the parent keys the form by it), so the back button shows the search it went back to.
 */
export function SearchForm({
  value,
  label,
  placeholder,
  submitLabel,
  onSearch,
  className,
  testId,
}: {
  value: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  onSearch: (text: string) => void;
  className?: string;
  testId?: string;
}) {
  const [text, setText] = useState(value);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className={['search-form', className].filter(Boolean).join(' ')} onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <span className="search-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-4-4" />
        </svg>
      </span>
      <input
        id={id}
        type="search"
        name="q"
        value={text}
        placeholder={placeholder}
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        data-testid={testId}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
