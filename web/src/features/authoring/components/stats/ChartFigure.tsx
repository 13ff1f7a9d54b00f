import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  /** The chart in one sentence: its text alternative, visible to everyone. */
  summary: string;
  /** The figures behind the chart, as a table screen readers can browse (visually hidden). */
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
};

/** A chart with its title and summary; the drawing itself is hidden from assistive technologies, the table is not. */
export function ChartFigure({ title, summary, columns, rows, children }: Props) {
  const { t } = useTranslation('authoring');
  const id = useId();
  return (
    <figure className="card chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figcaption id={`${id}-summary`} className="muted">
        {summary}
      </figcaption>
      <div className="chart" aria-hidden="true">
        {children}
      </div>
      {/* Hidden by its wrapper: a table will not shrink to the 1 px the hiding class gives it, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('stats.charts.table', { title })}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
