import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { coursePath } from '../lib/paths';
import type { Recommendation } from '../types';

/** Colours and glyph of a domain's tile, as on the catalog's generated covers; any other domain gets the last. */
const domainArt: Record<string, { glyph: string; colour: string }> = {
  Excel: { glyph: 'X', colour: '#15803d' },
  R: { glyph: 'R', colour: '#1d4ed8' },
  Python: { glyph: 'Py', colour: '#0e7490' },
  Other: { glyph: '{ }', colour: '#6d28d9' },
};

/** Recommended courses: the title (a link to the course), its domain and language, and why it is recommended. */
export function RecommendationCards({ items }: { items: Recommendation[] }) {
  return (
    <ul className="recommendation-grid">
      {items.map((item) => (
        <li key={item.course_id}>
          <RecommendationCard item={item} />
        </li>
      ))}
    </ul>
  );
}

function RecommendationCard({ item }: { item: Recommendation }) {
  const { t } = useTranslation('ai');
  const titleId = useId();
  const art = domainArt[item.domain] ?? domainArt.Other!;
  return (
    <article className="recommendation-card" data-testid="recommendation" aria-labelledby={titleId}>
      <span className="recommendation-glyph" style={{ background: art.colour }} aria-hidden="true">
        {art.glyph}
      </span>
      <div className="recommendation-body">
        <h3 id={titleId} className="recommendation-title">
          <Link to={coursePath(item.course_id)} className="recommendation-link">
            {item.title}
          </Link>
        </h3>
        <p className="recommendation-badges">
          <span className="badge">
            <span className="visually-hidden">{t('recommendations.domain')} </span>
            {t(`recommendations.domains.${item.domain}`, { defaultValue: item.domain })}
          </span>
          <span className="badge badge-neutral">
            <span className="visually-hidden">{t('recommendations.language')} </span>
            {t(`recommendations.languages.${item.language}`, { defaultValue: item.language.toUpperCase() })}
          </span>
        </p>
        <p className="recommendation-reason">{item.reason}</p>
      </div>
    </article>
  );
}
