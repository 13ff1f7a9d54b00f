namespace HarAcademy.Courses.Data;

/// <summary>
/// PostgreSQL full-text search for the catalog. Two text search configurations, <c>har_fr</c> and <c>har_en</c>, copy
/// the built-in French and English ones with <c>unaccent</c> before stemming, so "données", "donnees" and "DONNÉES"
/// are one word and "tableaux" finds "tableau". Each course's words are stemmed in its own language; a query is
/// stemmed both ways (the searcher's language is unknown) and matches either. The configurations and <c>har_words</c>
/// are created by the first migration (<c>InitialCatalog</c>), before the column computed with them.
/// </summary>
public static class CatalogSearchSql
{
    /// <summary>Title (weight A), subtitle and keywords (B), description (C), stemmed in the course's language.</summary>
    public const string VectorExpression = """
        CASE WHEN language = 'fr' THEN
            setweight(to_tsvector('har_fr'::regconfig, coalesce(title, '')), 'A') ||
            setweight(to_tsvector('har_fr'::regconfig, coalesce(subtitle, '') || ' ' || har_words(keywords)), 'B') ||
            setweight(to_tsvector('har_fr'::regconfig, coalesce(description, '')), 'C')
        ELSE
            setweight(to_tsvector('har_en'::regconfig, coalesce(title, '')), 'A') ||
            setweight(to_tsvector('har_en'::regconfig, coalesce(subtitle, '') || ' ' || har_words(keywords)), 'B') ||
            setweight(to_tsvector('har_en'::regconfig, coalesce(description, '')), 'C')
        END
        """;
}
