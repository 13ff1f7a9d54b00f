import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/lib/format';
import { fromMinor } from '../../lib/money';

export type RevenueBar = { name: string; net: number };

/** Net revenue per course or per plan as horizontal bars; the table next to it carries the same data for everyone. */
export function RevenueBarsChart({ bars, currency, label }: { bars: RevenueBar[]; currency: string; label: string }) {
  const format = useFormat();
  const data = bars.map((bar) => ({ name: bar.name.length > 28 ? `${bar.name.slice(0, 27)}…` : bar.name, net: fromMinor(bar.net) }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(140, data.length * 34 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" horizontal={false} />
          <XAxis type="number" tickFormatter={(value) => format.number(Number(value))} tick={{ fontSize: 12, fill: '#4b5563' }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12, fill: '#111827' }} />
          <Tooltip formatter={(value) => [format.price(Number(value), currency), label]} />
          <Bar dataKey="net" name={label} fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
