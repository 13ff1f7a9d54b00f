import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';

/** The most followed courses as horizontal bars; the table next to it carries the same data for everyone. */
export function TopCoursesChart({ courses, label }: { courses: CoursesSchemas['CourseRank'][]; label: string }) {
  const format = useFormat();
  const data = courses.map((course) => ({ name: course.title.length > 28 ? `${course.title.slice(0, 27)}…` : course.title, enrollments: course.enrollments }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 34 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#4b5563' }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12, fill: '#111827' }} />
          <Tooltip formatter={(value) => [format.number(Number(value)), label]} />
          <Bar dataKey="enrollments" name={label} fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
