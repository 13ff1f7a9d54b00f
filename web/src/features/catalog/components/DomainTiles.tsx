import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CoursesSchemas } from '@/lib/api/types';
import { catalogHref } from '../catalogFilters';
import { useCatalogLabels } from '../useCatalogLabels';
import { CourseThumbnail } from './CourseThumbnail';

type FacetValue = CoursesSchemas['FacetValue'];

/** The service's domains as doors into the catalog, each with its number of courses when known. */
export function DomainTiles({ domains, counts }: { domains: string[]; counts: FacetValue[] | undefined }) {
  const { t } = useTranslation('catalog');
  const labels = useCatalogLabels();
  return (
    <ul className="domain-tiles">
      {domains.map((domain) => {
        const count = counts?.find((facet) => facet.value === domain)?.count;
        return (
          <li key={domain}>
            <Link to={catalogHref({ domain })} className="domain-tile">
              <CourseThumbnail id={`domain-${domain}`} domain={domain} url={null} className="domain-tile-art" />
              <span className="domain-tile-body">
                <span className="domain-tile-name">{labels.domain(domain)}</span>
                <span className="domain-tile-blurb">{t(`domainBlurb.${domain}`, { defaultValue: '' })}</span>
                {count !== undefined && <span className="domain-tile-count">{t('home.domainCount', { count })}</span>}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
