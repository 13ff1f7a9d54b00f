import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransactionFilters, TransactionKind, TransactionStatus } from '../api/types';
import { TRANSACTION_KINDS, TRANSACTION_STATUSES } from '../lib/transactionFilters';

/** Text, status, kind and dates; a new search starts at page 1. Selects apply at once, the text on submit. */
export function TransactionSearchForm({ filters, onSearch }: { filters: TransactionFilters; onSearch: (filters: TransactionFilters) => void }) {
  const { t } = useTranslation('payments');
  const [draft, setDraft] = useState(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, page: 1 });
  };
  const apply = (change: Partial<TransactionFilters>) => {
    const next = { ...draft, ...change, page: 1 };
    setDraft(next);
    onSearch(next);
  };
  return (
    <form className="card pay-search" role="search" aria-label={t('admin.searchLabel')} onSubmit={submit}>
      <div className="field grow">
        <label htmlFor="pay-search-q">{t('admin.search')}</label>
        <input id="pay-search-q" type="search" value={draft.q} maxLength={200} placeholder={t('admin.searchPlaceholder')} onChange={(event) => setDraft({ ...draft, q: event.target.value })} data-testid="transaction-search" />
      </div>
      <div className="field">
        <label htmlFor="pay-search-status">{t('columns.status')}</label>
        <select id="pay-search-status" value={draft.status} onChange={(event) => apply({ status: event.target.value as TransactionStatus | '' })}>
          <option value="">{t('admin.anyStatus')}</option>
          {TRANSACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pay-search-kind">{t('admin.kind')}</label>
        <select id="pay-search-kind" value={draft.kind} onChange={(event) => apply({ kind: event.target.value as TransactionKind | '' })}>
          <option value="">{t('admin.anyKind')}</option>
          {TRANSACTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pay-search-from">{t('admin.from')}</label>
        <input id="pay-search-from" type="date" value={draft.from} max={draft.to || undefined} onChange={(event) => apply({ from: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="pay-search-to">{t('admin.to')}</label>
        <input id="pay-search-to" type="date" value={draft.to} min={draft.from || undefined} onChange={(event) => apply({ to: event.target.value })} />
      </div>
      <button type="submit" className="button">
        {t('admin.searchSubmit')}
      </button>
    </form>
  );
}
