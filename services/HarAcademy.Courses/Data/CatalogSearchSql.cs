namespace HarAcademy.Courses.Data;

/// <summary>
/// PostgreSQL full-text search for the catalog. Two text search configurations, <c>har_fr</c> and <c>har_en</c>, copy
/// the built-in French and English ones with <c>unaccent</c> before stemming, so "données", "donnees" and "DONNÉES"
/// are one word and "tableaux" finds "tableau". Each course's words are stemmed in its own language; a query is
/// stemmed both ways (the searcher's language is unknown) and matches either.
/// </summary>
public static class CatalogSearchSql
{
    /// <summary>What the first migration ran (as a copy: migrations stay as they were), before the column that uses them.</summary>
    public const string CreateConfigurations = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        -- array_to_string is only STABLE, which a stored generated column refuses; joining text with spaces never changes.
        CREATE OR REPLACE FUNCTION har_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $fn$ SELECT coalesce(array_to_string($1, ' '), '') $fn$;
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'har_fr') THEN
                CREATE TEXT SEARCH CONFIGURATION har_fr (COPY = french);
                ALTER TEXT SEARCH CONFIGURATION har_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'har_en') THEN
                CREATE TEXT SEARCH CONFIGURATION har_en (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION har_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
            END IF;
        END $$;
        """;

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
