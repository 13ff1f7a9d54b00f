import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/analysisText';
import type { WeekActivity } from '../../../types';

const colors = { lessons: '#1d4ed8', attempts: '#b45309', grid: '#e5e7eb', text: '#4b5563' };

/**
 * Lessons completed and quiz attempts per week, side by side (recharts: its own chunk, loaded by lazyCharts.ts).
 * Hidden from screen readers by its figure: the sentence and the table there say the same.
 */
export function WeeklyActivityChart({ weeks }: { weeks: WeekActivity[] }) {
  const { t, i18n } = useTranslation('ai');
  const short = (day: string) => formatDay(i18n.language, day, 'short');
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={weeks} accessibilityLayer={false} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="week_start" tickFormatter={(value) => short(String(value))} fontSize={12} tick={{ fill: colors.text }} />
        <YAxis allowDecimals={false} fontSize={12} tick={{ fill: colors.text }} />
        <Tooltip labelFormatter={(label) => `${t('analysis.weekly.week')} ${formatDay(i18n.language, String(label))}`} />
        <Legend />
        <Bar dataKey="lessons_completed" name={t('analysis.weekly.lessonsSeries')} fill={colors.lessons} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        <Bar dataKey="quiz_attempts" name={t('analysis.weekly.attemptsSeries')} fill={colors.attempts} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
