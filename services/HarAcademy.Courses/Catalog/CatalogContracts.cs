using HarAcademy.Courses.Model;

namespace HarAcademy.Courses.Catalog;

public sealed record PriceView(decimal Amount, string Currency, string PricingModel)
{
    public static PriceView From(Price price) => new(price.Amount, price.Currency, price.PricingModel);
}

/// <summary>A course as the catalog lists it.</summary>
public sealed record CourseSummary(
    Guid Id,
    string Title,
    string Subtitle,
    string Language,
    string Domain,
    string[] Stack,
    string Category,
    string Level,
    string[] Keywords,
    Guid InstructorId,
    string InstructorName,
    string? ThumbnailUrl,
    PriceView Price,
    string Status,
    int TotalLessons,
    decimal TotalDurationHours,
    int EnrollmentsCount,
    decimal AverageRating,
    int ReviewsCount,
    DateTimeOffset? PublishedAt);

public sealed record FacetValue(string Value, int Count);

public sealed record CatalogFacets(
    IReadOnlyList<FacetValue> Domain,
    IReadOnlyList<FacetValue> Language,
    IReadOnlyList<FacetValue> Category,
    IReadOnlyList<FacetValue> Level,
    IReadOnlyList<FacetValue> Stack,
    IReadOnlyList<FacetValue> Price);

public sealed record CatalogPage(IReadOnlyList<CourseSummary> Items, int Total, int Page, int PageSize, CatalogFacets Facets);

public sealed record LessonOutline(Guid Id, string Title, string Type, int Position, int DurationSeconds, bool IsPreview);

public sealed record ModuleOutline(Guid Id, string Title, string Description, int Position, IReadOnlyList<LessonOutline> Lessons);

/// <summary>A course's page: everything public about it, and its outline (no lesson content).</summary>
public sealed record CourseDetail(
    Guid Id,
    string Title,
    string Subtitle,
    string Description,
    string Language,
    string Domain,
    string[] Stack,
    string Category,
    string Level,
    string[] Keywords,
    string[] LearningOutcomes,
    string[] Prerequisites,
    Guid InstructorId,
    string InstructorName,
    string? ThumbnailUrl,
    PriceView Price,
    string Status,
    int TotalLessons,
    decimal TotalDurationHours,
    int EnrollmentsCount,
    decimal AverageRating,
    int ReviewsCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<ModuleOutline> Modules)
{
    public static decimal Hours(int seconds) => Math.Round(seconds / 3600m, 2);

    public static CourseDetail From(Course course) => new(
        course.Id, course.Title, course.Subtitle, course.Description, course.Language, course.Domain, course.Stack, course.Category,
        course.Level, course.Keywords, course.LearningOutcomes, course.Prerequisites, course.InstructorId, course.InstructorName,
        course.ThumbnailUrl, PriceView.From(course.Price), course.Status, course.TotalLessons, Hours(course.TotalDurationSeconds),
        course.EnrollmentsCount, course.AverageRating, course.ReviewsCount, course.CreatedAt, course.UpdatedAt, course.PublishedAt,
        [.. course.Modules.OrderBy(module => module.Position).Select(module => new ModuleOutline(
            module.Id, module.Title, module.Description, module.Position,
            [.. module.Lessons.OrderBy(lesson => lesson.Position).Select(lesson => new LessonOutline(
                lesson.Id, lesson.Title, lesson.Type, lesson.Position, lesson.DurationSeconds, lesson.IsPreview))]))]);
}
