import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { RevenueDay } from '../../api/types';
import { dayFormatter } from '../../lib/dayFormat';
import { fromMinor } from '../../lib/money';

/** Money in and refunds out, per day (recharts: loaded only by the revenue screen). Hidden from screen readers: the figure's text and table say it. */
export function RevenueDayChart({ days, currency, labels }: { days: RevenueDay[]; currency: string; labels: { gross: string; refunded: string } }) {
  const { i18n } = useTranslation();
  const format = useFormat();
  const short = dayFormatter(i18n.language, 'short');
  const medium = dayFormatter(i18n.language);
  const data = days.map((day) => ({ date: day.date, gross: fromMinor(day.gross), refunded: fromMinor(day.refunded) }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" vertical={false} />
          <XAxis dataKey="date" tickFormatter={(value) => short(String(value))} minTickGap={24} tick={{ fontSize: 12, fill: '#4b5563' }} />
          <YAxis width={56} tickFormatter={(value) => format.number(Number(value))} tick={{ fontSize: 12, fill: '#4b5563' }} />
          <Tooltip labelFormatter={(value) => medium(String(value))} formatter={(value, name) => [format.price(Number(value), currency), String(name)]} />
          <Legend />
          <Bar dataKey="gross" name={labels.gross} fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="refunded" name={labels.refunded} fill="#b45309" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
