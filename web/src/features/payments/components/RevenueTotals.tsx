import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Revenue } from '../api/types';
import { useMoney } from '../hooks/useMoney';

/** The range's headline figures, each a term and its value. */
export function RevenueTotals({ revenue }: { revenue: Pick<Revenue, 'currency' | 'gross' | 'refunded' | 'net' | 'transactions'> }) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  return (
    <dl className="pay-totals">
      <div className="card">
        <dt>{t('revenue.gross')}</dt>
        <dd>{money(revenue.gross, revenue.currency)}</dd>
      </div>
      <div className="card">
        <dt>{t('revenue.refunded')}</dt>
        <dd>{money(revenue.refunded, revenue.currency)}</dd>
      </div>
      <div className="card pay-total-net">
        <dt>{t('revenue.net')}</dt>
        <dd data-testid="revenue-total">{money(revenue.net, revenue.currency)}</dd>
      </div>
      <div className="card">
        <dt>{t('revenue.transactions')}</dt>
        <dd>{format.number(revenue.transactions)}</dd>
      </div>
    </dl>
  );
}
