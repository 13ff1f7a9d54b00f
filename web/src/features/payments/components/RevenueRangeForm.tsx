import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lastDays } from '../lib/days';

type Range = { from: string; to: string };

/** The days the revenue covers: two dates, or one of the usual spans in one click. */
export function RevenueRangeForm({ range, onChange }: { range: Range; onChange: (range: Range) => void }) {
  const { t } = useTranslation('payments');
  const [draft, setDraft] = useState(range);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to) onChange(draft);
  };
  return (
    <form className="card pay-search" onSubmit={submit} aria-label={t('revenue.rangeLabel')}>
      <div className="field">
        <label htmlFor="revenue-from">{t('admin.from')}</label>
        <input id="revenue-from" type="date" required value={draft.from} max={draft.to} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="revenue-to">{t('admin.to')}</label>
        <input id="revenue-to" type="date" required value={draft.to} min={draft.from} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
      </div>
      <button type="submit" className="button">
        {t('revenue.apply')}
      </button>
      <div className="pay-presets" role="group" aria-label={t('revenue.presets')}>
        {[7, 30, 90, 365].map((days) => (
          <button key={days} type="button" className="button button-ghost" onClick={() => onChange(lastDays(days))}>
            {t('revenue.lastDays', { count: days })}
          </button>
        ))}
      </div>
    </form>
  );
}
