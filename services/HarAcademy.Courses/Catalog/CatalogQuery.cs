using System.Data.Common;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace HarAcademy.Courses.Catalog;

/// <summary>
/// One catalog page in one round trip: the page of courses, then the total and every facet's counts, as a batch of
/// two SQL statements over the published courses. Each facet counts the courses matching every filter except its own (so the
/// other domains stay visible, with their counts, once a domain is chosen). Hand-written SQL because LINQ cannot send
/// several queries in one batch, nor combine a tsquery in two languages.
/// </summary>
public sealed class CatalogQuery(CoursesDbContext database)
{
    private const string Columns = """
        c.id, c.title, c.subtitle, c.language, c.domain, c.stack, c.category, c.level, c.keywords, c.instructor_id,
        c.instructor_name, c.thumbnail_url, c.price_amount, c.price_currency, c.pricing_model, c.status, c.total_lessons,
        c.total_duration_seconds, c.enrollments_count, c.average_rating, c.reviews_count, c.published_at
        """;

    // The query in both stemmings (CatalogSearchSql): a French word and an English word both find their courses.
    private const string TextQuery = "(websearch_to_tsquery('har_fr', @q) || websearch_to_tsquery('har_en', @q))";
    private const string IsFree = "(c.pricing_model = 'free' OR c.price_amount = 0)";

    private static readonly string[] FacetNames = ["domain", "language", "category", "level", "stack", "price"];

    public async Task<CatalogPage> RunAsync(CatalogRequest request, CancellationToken cancellationToken)
    {
        var filters = Filters(request);
        var connection = (NpgsqlConnection)database.Database.GetDbConnection();
        await database.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(Command($"SELECT {Columns} FROM courses c WHERE {Where(filters)} ORDER BY {OrderBy(request)} LIMIT @limit OFFSET @offset", request));
            batch.BatchCommands.Add(Command(TotalAndFacetsSql(filters), request));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var items = new List<CourseSummary>();
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(ReadSummary(reader));
            }

            await reader.NextResultAsync(cancellationToken);
            var total = 0;
            var facets = FacetNames.ToDictionary(facet => facet, _ => new List<FacetValue>());
            while (await reader.ReadAsync(cancellationToken))
            {
                var (facet, count) = (reader.GetString(0), (int)reader.GetInt64(2));
                if (facet == "total")
                {
                    total = count;
                }
                else
                {
                    facets[facet].Add(new FacetValue(reader.GetString(1), count));
                }
            }

            foreach (var values in facets.Values)
            {
                values.Sort((left, right) => right.Count != left.Count ? right.Count.CompareTo(left.Count) : string.CompareOrdinal(left.Value, right.Value));
            }

            return new CatalogPage(items, total, request.PageNumber, request.Size, new CatalogFacets(
                facets["domain"], facets["language"], facets["category"], facets["level"], facets["stack"], facets["price"]));
        }
        finally
        {
            await database.Database.CloseConnectionAsync();
        }
    }

    /// <summary>(facet the condition belongs to, SQL): every condition is parameterized, never concatenated input.</summary>
    private static List<(string? Facet, string Sql)> Filters(CatalogRequest request)
    {
        var filters = new List<(string?, string)> { (null, $"c.status = '{CourseStatuses.Published}'") };
        if (request.Text is not null)
        {
            filters.Add((null, $"c.search_vector @@ {TextQuery}"));
        }

        if (request.Domain is not null)
        {
            filters.Add(("domain", "c.domain = @domain"));
        }

        if (request.Language is not null)
        {
            filters.Add(("language", "c.language = @language"));
        }

        if (request.Category is not null)
        {
            filters.Add(("category", "c.category = @category"));
        }

        if (request.Level is not null)
        {
            filters.Add(("level", "c.level = @level"));
        }

        if (request.Stack is not null)
        {
            filters.Add(("stack", "c.stack @> ARRAY[@stack]::text[]"));
        }

        if (request.Price == "free")
        {
            filters.Add(("price", IsFree));
        }
        else if (request.Price == "paid")
        {
            filters.Add(("price", $"NOT {IsFree}"));
        }

        if (request.MinPrice is not null)
        {
            filters.Add(("price", "c.price_amount >= @min_price"));
        }

        if (request.MaxPrice is not null)
        {
            filters.Add(("price", "c.price_amount <= @max_price"));
        }

        if (request.MinRating is not null)
        {
            filters.Add((null, "c.average_rating >= @min_rating"));
        }

        return filters;
    }

    private static string Where(List<(string? Facet, string Sql)> filters) => string.Join(" AND ", filters.Select(filter => filter.Sql));

    private static string OrderBy(CatalogRequest request) => request.SortOrder switch
    {
        // ts_rank (term frequency by weight) rather than ts_rank_cd (cover density): a fraction of the cost per matched
        // course, and the title's weight A still puts title matches first.
        "relevance" when request.Text is not null => $"ts_rank(c.search_vector, {TextQuery}) DESC, c.enrollments_count DESC, c.id",
        "newest" => "c.published_at DESC NULLS LAST, c.id",
        "rating" => "c.average_rating DESC, c.reviews_count DESC, c.id",
        "price" => "c.price_amount, c.id",
        "price_desc" => "c.price_amount DESC, c.id",
        _ => "c.enrollments_count DESC, c.average_rating DESC, c.id",
    };

    /// <summary>
    /// The total and every facet in one statement: the courses matching the conditions no facet owns (the text, the
    /// minimum rating) are found once (the full-text match is the costly part), then counted per facet, each under every
    /// facet condition but its own. Rows: (facet or "total", value, count).
    /// </summary>
    private static string TotalAndFacetsSql(List<(string? Facet, string Sql)> filters)
    {
        var common = string.Join(" AND ", filters.Where(filter => filter.Facet is null).Select(filter => filter.Sql));
        string Within(string? except) => string.Join(" AND ", filters.Where(filter => filter.Facet is not null && filter.Facet != except).Select(filter => filter.Sql).Prepend("true"));
        var statements = new List<string> { $"SELECT 'total', '', count(*) FROM base c WHERE {Within(null)}" };
        foreach (var facet in FacetNames)
        {
            statements.Add(facet switch
            {
                // The 30 most used stack tags: a facet is a menu, not an inventory.
                "stack" => $"(SELECT 'stack', s.value, count(*) FROM base c CROSS JOIN LATERAL unnest(c.stack) AS s(value) WHERE {Within(facet)} GROUP BY s.value ORDER BY count(*) DESC, s.value LIMIT 30)",
                "price" => $"SELECT 'price', CASE WHEN {IsFree} THEN 'free' ELSE 'paid' END, count(*) FROM base c WHERE {Within(facet)} GROUP BY 2",
                _ => $"SELECT '{facet}', c.{facet}, count(*) FROM base c WHERE {Within(facet)} GROUP BY c.{facet}",
            });
        }

        return $"""
            WITH base AS MATERIALIZED (
                SELECT c.domain, c.language, c.category, c.level, c.stack, c.price_amount, c.pricing_model FROM courses c WHERE {common})
            {string.Join("\nUNION ALL ", statements)}
            """;
    }

    private static NpgsqlBatchCommand Command(string sql, CatalogRequest request)
    {
        var command = new NpgsqlBatchCommand(sql);
        // Only the parameters the statement names; Npgsql refuses unused positional ones but not named ones, yet
        // sending each once per statement keeps the statements independent.
        Add(command, "q", NpgsqlDbType.Text, request.Text);
        Add(command, "domain", NpgsqlDbType.Text, request.DomainValue ?? request.Domain);
        Add(command, "language", NpgsqlDbType.Text, request.Language);
        Add(command, "category", NpgsqlDbType.Text, request.Category?.ToLowerInvariant());
        Add(command, "level", NpgsqlDbType.Text, request.Level);
        Add(command, "stack", NpgsqlDbType.Text, request.Stack?.ToLowerInvariant());
        Add(command, "min_price", NpgsqlDbType.Numeric, request.MinPrice);
        Add(command, "max_price", NpgsqlDbType.Numeric, request.MaxPrice);
        Add(command, "min_rating", NpgsqlDbType.Numeric, request.MinRating);
        Add(command, "limit", NpgsqlDbType.Integer, request.Size);
        Add(command, "offset", NpgsqlDbType.Integer, (request.PageNumber - 1) * request.Size);
        return command;

        static void Add(NpgsqlBatchCommand command, string name, NpgsqlDbType type, object? value)
        {
            if (value is not null && command.CommandText.Contains('@' + name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            }
        }
    }

    private static CourseSummary ReadSummary(DbDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetFieldValue<string[]>(5), reader.GetString(6), reader.GetString(7), reader.GetFieldValue<string[]>(8), reader.GetGuid(9),
        reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
        new PriceView(reader.GetDecimal(12), reader.GetString(13), reader.GetString(14)), reader.GetString(15), reader.GetInt32(16),
        CourseDetail.Hours(reader.GetInt32(17)), reader.GetInt32(18), reader.GetDecimal(19), reader.GetInt32(20),
        reader.IsDBNull(21) ? null : reader.GetFieldValue<DateTimeOffset>(21));
}
