import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { dayFormatter } from '../../lib/dayFormat';
import type { DailyCount } from '../../lib/statsSummary';

/** Enrollments per day over 90 days (recharts: loaded only by the dashboard). Hidden from screen readers: the figure's text says it. */
export function EnrollmentsChart({ days, label }: { days: DailyCount[]; label: string }) {
  const { i18n } = useTranslation();
  const format = useFormat();
  const short = dayFormatter(i18n.language, 'short');
  const medium = dayFormatter(i18n.language);
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <AreaChart data={days} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="date" tickFormatter={(value) => short(String(value))} minTickGap={24} tick={{ fontSize: 12, fill: '#4b5563' }} />
          <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12, fill: '#4b5563' }} />
          <Tooltip labelFormatter={(value) => medium(String(value))} formatter={(value) => [format.number(Number(value)), label]} />
          <Area type="monotone" dataKey="count" name={label} stroke="#1d4ed8" fill="#dbeafe" strokeWidth={2} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
