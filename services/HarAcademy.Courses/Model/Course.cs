using NpgsqlTypes;

namespace HarAcademy.Courses.Model;

public sealed class Course
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public string Subtitle { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>"fr" or "en": the language the course is taught in, which also picks its search stemming.</summary>
    public string Language { get; set; } = "fr";
    public string Domain { get; set; } = "Other";
    public string[] Stack { get; set; } = [];
    public string Category { get; set; } = "data-analysis";
    public string Level { get; set; } = "beginner";
    public string[] Keywords { get; set; } = [];
    public string[] LearningOutcomes { get; set; } = [];
    public string[] Prerequisites { get; set; } = [];
    public string? ThumbnailUrl { get; set; }
    public Guid InstructorId { get; set; }
    /// <summary>Copied from the instructor's profile (token name, then UserUpdated events): the catalog shows it without a join.</summary>
    public string InstructorName { get; set; } = "";
    public Price Price { get; set; } = new();
    public string Status { get; set; } = CourseStatuses.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    // Kept exact by the service in the same transaction as what changes them (CourseTotals, reviews, enrollments).
    public int TotalLessons { get; set; }
    public int TotalDurationSeconds { get; set; }
    public int EnrollmentsCount { get; set; }
    public int ReviewsCount { get; set; }
    public int RatingsSum { get; set; }
    public decimal AverageRating { get; set; }

    /// <summary>Weighted French or English words of title, subtitle, keywords and description, computed by PostgreSQL.</summary>
    public NpgsqlTsVector SearchVector { get; set; } = null!;

    /// <summary>PostgreSQL's row version: concurrent edits of one course are detected, not lost.</summary>
    public uint Version { get; set; }

    public List<CourseModule> Modules { get; set; } = [];
}

public sealed class Price
{
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public string PricingModel { get; set; } = PricingModels.Free;

    public bool IsFree => PricingModel == PricingModels.Free || Amount == 0;
}
