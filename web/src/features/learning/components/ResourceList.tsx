import { useTranslation } from 'react-i18next';
import { safeLinkUrl } from '../model/safeLinkUrl';
import type { ResourceView } from '../types';

/** The lesson's resources as links (opened in a new tab); an address that is not a web link is left out. */
export function ResourceList({ resources }: { resources: ResourceView[] }) {
  const { t } = useTranslation('learning');
  const links = resources.flatMap((resource) => {
    const url = safeLinkUrl(resource.url);
    return url ? [{ ...resource, url }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section className="resources" aria-labelledby="lesson-resources">
      <h2 id="lesson-resources">{t('resources.title')}</h2>
      <ul>
        {links.map((resource) => (
          <li key={`${resource.url}-${resource.name}`}>
            <a href={resource.url} target="_blank" rel="noopener noreferrer">
              {resource.name}
              <span className="visually-hidden"> {t('resources.opensInNewTab')}</span>
            </a>
            {resource.type && resource.type !== 'link' && <span className="badge resource-type">{resource.type}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
