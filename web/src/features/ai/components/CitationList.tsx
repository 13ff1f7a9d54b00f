import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lessonPath } from '../lib/paths';
import type { Citation } from '../types';

/** Where an answer comes from: each lesson, linked, with the passage quoted. */
export function CitationList({ courseId, citations }: { courseId: string; citations: Citation[] }) {
  const { t } = useTranslation('ai');
  if (citations.length === 0) return null;
  return (
    <div className="tutor-citations">
      <p className="tutor-citations-title">{t('tutor.sources')}</p>
      <ul>
        {citations.map((citation) => (
          <li key={citation.lesson_id} className="tutor-citation">
            <Link to={lessonPath(courseId, citation.lesson_id)} data-testid="tutor-citation">
              {citation.lesson_title}
            </Link>
            <blockquote className="tutor-excerpt">{citation.excerpt}</blockquote>
          </li>
        ))}
      </ul>
    </div>
  );
}
