import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { enrollmentSummary, funnelExtremes, lessonNumber } from '../../model/statsSummary';
import type { CourseStats } from '../../model/types';
import { ChartFigure } from './ChartFigure';

const colors = { primary: '#1d4ed8', success: '#166534', star: '#b45309', grid: '#e5e7eb' };
const HEIGHT = 260;

/**
 * The course's charts (recharts), loaded on demand by the statistics page so that the chart library stays out of
 * every other screen's download. Each chart is a figure with a sentence and a data table for screen readers.
 */
export default function StatsCharts({ stats }: { stats: CourseStats }) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const shortDate = (iso: string) => format.date(iso).replace(/\s?\d{4}$/, '');
  const days = enrollmentSummary(stats.enrollments_over_time);
  const extremes = funnelExtremes(stats.drop_off);
  const funnel = stats.drop_off.map((lesson) => ({ ...lesson, label: lessonNumber(lesson) }));
  const funnelSummary = () => {
    if (!extremes) return t('stats.charts.funnel.none');
    const { best, worst } = extremes;
    if (best.completed_share === worst.completed_share) return t('stats.charts.funnel.same', { share: format.number(best.completed_share) });
    return t('stats.charts.funnel.summary', {
      best: best.title,
      bestShare: format.number(best.completed_share),
      worst: worst.title,
      worstShare: format.number(worst.completed_share),
    });
  };
  const ratings = [5, 4, 3, 2, 1].map((stars) => ({ stars: t('stats.charts.ratings.stars', { count: stars }), count: stats.ratings.distribution[String(stars)] ?? 0 }));

  return (
    <div className="charts">
      <ChartFigure
        title={t('stats.charts.enrollments.title')}
        summary={
          days.maxDate
            ? t('stats.charts.enrollments.summary', { count: days.total, max: format.number(days.max), date: format.date(days.maxDate) })
            : t('stats.charts.enrollments.none')
        }
        columns={[t('stats.charts.enrollments.date'), t('stats.charts.enrollments.count')]}
        rows={stats.enrollments_over_time.filter((day) => day.count > 0).map((day) => [format.date(day.date), day.count])}
      >
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={stats.enrollments_over_time} accessibilityLayer={false} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid stroke={colors.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip labelFormatter={(label) => format.date(String(label))} formatter={(value) => [value, t('stats.charts.enrollments.count')]} />
            <Bar dataKey="count" name={t('stats.charts.enrollments.count')} fill={colors.primary} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        title={t('stats.charts.funnel.title')}
        summary={funnelSummary()}
        columns={[t('stats.charts.funnel.lesson'), t('stats.charts.funnel.started'), t('stats.charts.funnel.completed'), t('stats.charts.funnel.share')]}
        rows={funnel.map((lesson) => [`${lesson.label} ${lesson.title}`, lesson.started, lesson.completed, format.percent(lesson.completed_share)])}
      >
        <ResponsiveContainer width="100%" height={Math.max(HEIGHT, funnel.length * 34)}>
          <BarChart data={funnel} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
            <CartesianGrid stroke={colors.grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="label" width={40} fontSize={12} />
            <Tooltip labelFormatter={(_, payload) => String(payload?.[0]?.payload?.title ?? '')} />
            <Legend />
            <Bar dataKey="started" name={t('stats.charts.funnel.started')} fill={colors.primary} />
            <Bar dataKey="completed" name={t('stats.charts.funnel.completed')} fill={colors.success} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      {stats.quizzes.length === 0 ? (
        <section className="card chart-figure">
          <h3>{t('stats.charts.quizzes.title')}</h3>
          <p className="muted">{t('stats.charts.quizzes.none')}</p>
        </section>
      ) : (
        stats.quizzes.map((quiz) => (
          <ChartFigure
            key={quiz.lesson_id}
            title={`${t('stats.charts.quizzes.title')} · ${t('stats.charts.quizzes.quiz', { title: quiz.title })}`}
            summary={t('stats.charts.quizzes.summary', {
              count: quiz.attempts,
              average: format.number(quiz.average_best_score),
              passRate: format.number(quiz.pass_rate),
            })}
            columns={[t('stats.charts.quizzes.range'), t('stats.charts.quizzes.learners')]}
            rows={quiz.distribution.map((bucket) => [t('stats.charts.quizzes.rangeLabel', { from: bucket.from, to: bucket.to }), bucket.learners])}
          >
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={quiz.distribution.map((bucket) => ({ ...bucket, range: `${bucket.from}–${bucket.to}` }))} accessibilityLayer={false} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
                <CartesianGrid stroke={colors.grid} vertical={false} />
                <XAxis dataKey="range" fontSize={11} interval={0} angle={-30} textAnchor="end" height={48} />
                <YAxis allowDecimals={false} fontSize={12} />
                <Tooltip formatter={(value) => [value, t('stats.charts.quizzes.learners')]} />
                <Bar dataKey="learners" name={t('stats.charts.quizzes.learners')} fill={colors.primary} radius={[3, 3, 0, 0]} />
              </BarChart>
            </ResponsiveContainer>
          </ChartFigure>
        ))
      )}

      <ChartFigure
        title={t('stats.charts.ratings.title')}
        summary={
          stats.ratings.count > 0
            ? t('stats.charts.ratings.summary', { average: format.number(stats.ratings.average, 1), count: stats.ratings.count })
            : t('stats.charts.ratings.none')
        }
        columns={[t('stats.charts.ratings.title'), t('stats.charts.ratings.reviews')]}
        rows={ratings.map((row) => [row.stars, row.count])}
      >
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={ratings} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
            <CartesianGrid stroke={colors.grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="stars" width={80} fontSize={12} />
            <Tooltip formatter={(value) => [value, t('stats.charts.ratings.reviews')]} />
            <Bar dataKey="count" name={t('stats.charts.ratings.reviews')} fill={colors.star} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
