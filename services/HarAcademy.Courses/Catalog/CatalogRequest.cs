using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HarAcademy.Courses.Model;
using Microsoft.AspNetCore.Mvc;

namespace HarAcademy.Courses.Catalog;

/// <summary>The catalog list's query string (GET /api/v1/courses).</summary>
public sealed record CatalogRequest(
    [property: StringLength(200)] string? Q,
    [property: StringLength(20)] string? Domain,
    [property: StringLength(50)] string? Stack,
    [property: AllowedValues("fr", "en", null)] string? Language,
    [property: StringLength(50)] string? Category,
    [property: AllowedValues("beginner", "intermediate", "advanced", null)] string? Level,
    [property: AllowedValues("free", "paid", null)] string? Price,
    [property: Range(0, 100_000)] [FromQuery(Name = "min_price")] decimal? MinPrice,
    [property: Range(0, 100_000)] [FromQuery(Name = "max_price")] decimal? MaxPrice,
    [property: Range(0, 5)] [FromQuery(Name = "min_rating")] decimal? MinRating,
    [property: AllowedValues("relevance", "newest", "popular", "rating", "price", "price_desc", null)] string? Sort,
    [property: Range(1, 10_000)] int? Page,
    [property: Range(1, 100)] [FromQuery(Name = "page_size")] int? PageSize)
{
    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 20;
    public string? Text => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    /// <summary>The domain in its stored spelling ("python" → "Python"), or null when it names none.</summary>
    public string? DomainValue => Domain is null ? null : Domains.All.FirstOrDefault(known => known.Equals(Domain, StringComparison.OrdinalIgnoreCase));

    public string SortOrder => Sort ?? (Text is null ? "popular" : "relevance");

    /// <summary>One key per distinct result: equal requests written differently share a cache entry.</summary>
    public string CacheKey() => string.Join('|', "catalog:v1", Text?.ToLowerInvariant(), DomainValue, Stack?.ToLowerInvariant(), Language,
        Category?.ToLowerInvariant(), Level, Price, MinPrice?.ToString(CultureInfo.InvariantCulture), MaxPrice?.ToString(CultureInfo.InvariantCulture),
        MinRating?.ToString(CultureInfo.InvariantCulture), SortOrder, PageNumber, Size);
}
