import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useSession } from '@/lib/auth/useSession';
import { useCatalog } from '../api/useCatalog';
import { useVocabulary } from '../api/useVocabulary';
import { catalogHref, emptyFilters } from '../catalogFilters';
import { CourseShelf } from '../components/CourseShelf';
import { DomainTiles } from '../components/DomainTiles';
import { RecommendationsSlot } from '../components/RecommendationsSlot';
import { SearchForm } from '../components/SearchForm';
import '../catalog.css';

const shelfSize = 4;
const featuredFilters = { ...emptyFilters, sort: 'rating' as const, pageSize: shelfSize };
const popularFilters = { ...emptyFilters, sort: 'popular' as const, pageSize: shelfSize };

/** "/": what Har Academy is, a search, the best and most followed courses, the domains, and a door to sign up. */
export function HomePage() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const session = useSession();
  const featured = useCatalog(featuredFilters);
  const popular = useCatalog(popularFilters);
  const vocabulary = useVocabulary();
  useDocumentTitle(undefined);

  // The popular list is unfiltered, so its facets count the whole catalog: total, free ones, per domain.
  const facets = popular.data?.facets;
  const freeCount = facets?.price.find((facet) => facet.value === 'free')?.count ?? 0;
  const domains = vocabulary.data?.domains ?? facets?.domain.map((facet) => facet.value) ?? [];

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <div className="hero-text">
          <p className="hero-eyebrow">{t('home.eyebrow')}</p>
          <h1 id="home-title">{t('home.title')}</h1>
          <p className="hero-lead">{t('home.lead')}</p>
          <SearchForm
            value=""
            label={t('home.searchLabel')}
            placeholder={t('home.searchPlaceholder')}
            submitLabel={t('home.searchSubmit')}
            className="hero-search"
            onSearch={(q) => navigate(catalogHref({ q }))}
          />
          {popular.data && popular.data.total > 0 && (
            <p className="hero-stats">{t('home.stats', { courses: popular.data.total, free: freeCount })}</p>
          )}
        </div>
        <div className="hero-art" aria-hidden="true">
          <span className="hero-tile hero-tile-excel">X</span>
          <span className="hero-tile hero-tile-r">R</span>
          <span className="hero-tile hero-tile-python">Py</span>
        </div>
      </section>

      <RecommendationsSlot />

      <CourseShelf
        id="featured-title"
        title={t('home.featured')}
        lead={t('home.featuredLead')}
        seeAllHref={catalogHref({ sort: 'rating' })}
        courses={featured.data?.items}
        loading={featured.isPending}
        error={featured.error}
        onRetry={() => void featured.refetch()}
        size={shelfSize}
        empty={<EmptyState title={t('home.noCourses')} />}
      />

      {domains.length > 0 && (
        <section className="home-section" aria-labelledby="domains-title">
          <div className="section-header">
            <div>
              <h2 id="domains-title">{t('home.domains')}</h2>
              <p className="muted">{t('home.domainsLead')}</p>
            </div>
          </div>
          <DomainTiles domains={domains} counts={facets?.domain} />
        </section>
      )}

      <CourseShelf
        id="popular-title"
        title={t('home.popular')}
        lead={t('home.popularLead')}
        seeAllHref={catalogHref({ sort: 'popular' })}
        courses={popular.data?.items}
        loading={popular.isPending}
        error={popular.error}
        onRetry={() => void popular.refetch()}
        size={shelfSize}
        empty={<EmptyState title={t('home.noCourses')} />}
      />

      <section className="home-section why" aria-labelledby="why-title">
        <h2 id="why-title">{t('home.whyTitle')}</h2>
        <ul className="why-list">
          {(['practice', 'pace', 'certificate'] as const).map((key) => (
            <li key={key} className="why-item">
              <h3>{t(`home.why.${key}`)}</h3>
              <p className="muted">{t(`home.why.${key}Text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      {session.status === 'anonymous' && (
        <section className="join" aria-labelledby="join-title">
          <div>
            <h2 id="join-title">{t('home.joinTitle')}</h2>
            <p>{t('home.joinText')}</p>
          </div>
          <div className="actions">
            <Link to="/sign-up" className="button button-light">
              {t('home.joinAction')}
            </Link>
            <Link to="/sign-in" className="button button-outline-light">
              {t('home.joinSignIn')}
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
