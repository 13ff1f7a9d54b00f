using System.ComponentModel.DataAnnotations;

namespace HarAcademy.Courses.Authoring;

public sealed record PriceWrite(
    [property: Range(0, 10_000)] decimal Amount,
    [property: Required, RegularExpression("^[A-Z]{3}$", ErrorMessage = "An ISO 4217 code in capitals, e.g. EUR.")] string Currency,
    [property: Required, AllowedValues("free", "one_time", "subscription")] string PricingModel);

/// <summary>Creating a course: title required; PATCH takes the same fields, each optional (absent: unchanged).</summary>
public sealed record CourseWrite(
    [property: StringLength(200, MinimumLength = 3)] string? Title,
    [property: StringLength(300)] string? Subtitle,
    [property: StringLength(10_000)] string? Description,
    [property: AllowedValues("fr", "en", null)] string? Language,
    [property: AllowedValues("Excel", "R", "Python", "Other", null)] string? Domain,
    [property: MaxLength(15)] string[]? Stack,
    [property: RegularExpression("^[a-z0-9-]{2,50}$", ErrorMessage = "Lowercase words joined by hyphens, e.g. data-analysis.")] string? Category,
    [property: AllowedValues("beginner", "intermediate", "advanced", null)] string? Level,
    [property: MaxLength(20)] string[]? Keywords,
    [property: MaxLength(20)] string[]? LearningOutcomes,
    [property: MaxLength(20)] string[]? Prerequisites,
    [property: StringLength(2048)] string? ThumbnailUrl,
    PriceWrite? Price,
    /// <summary>PATCH only: every module id of the course, in the new order.</summary>
    Guid[]? ModuleOrder);

public sealed record ModuleWrite(
    [property: StringLength(200, MinimumLength = 1)] string? Title,
    [property: StringLength(2000)] string? Description,
    /// <summary>0-based; absent on creation: last.</summary>
    [property: Range(0, 1000)] int? Position,
    /// <summary>PATCH only: every lesson id of the module, in the new order.</summary>
    Guid[]? LessonOrder);

public sealed record VideoWrite(
    [property: Required, StringLength(2048)] string Url,
    [property: Range(0, 86_400)] int DurationSeconds,
    [property: StringLength(100_000)] string? Transcript,
    [property: StringLength(2048)] string? ThumbnailUrl);

public sealed record QuestionWrite(
    Guid? Id,
    [property: Required, AllowedValues("single_choice", "multiple_choice", "true_false", "short_answer")] string Type,
    [property: Required, StringLength(2000, MinimumLength = 1)] string Prompt,
    [property: MaxLength(10)] string[]? Options,
    [property: MaxLength(10)] int[]? CorrectOptions,
    bool? CorrectBoolean,
    [property: MaxLength(20)] string[]? AcceptedAnswers,
    [property: StringLength(2000)] string? Explanation,
    [property: Range(1, 100)] int? Points);

public sealed record QuizWrite(
    [property: Range(0, 100)] int PassingScore,
    [property: Range(1, 100)] int? MaxAttempts,
    [property: Required, MinLength(1), MaxLength(100)] QuestionWrite[] Questions);

public sealed record ExerciseWrite(
    [property: Required, StringLength(50_000, MinimumLength = 1)] string Instructions,
    [property: MaxLength(50)] string[]? Checklist,
    [property: StringLength(20_000)] string? ExpectedOutput);

public sealed record ResourceWrite(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Required, StringLength(2048)] string Url,
    [property: AllowedValues("link", "pdf", "dataset", "code", "file", null)] string? Type);

/// <summary>Creating a lesson: title and type required, and the content of that type. PATCH: each field optional.</summary>
public sealed record LessonWrite(
    [property: StringLength(200, MinimumLength = 1)] string? Title,
    [property: AllowedValues("video", "text", "quiz", "exercise", null)] string? Type,
    [property: Range(0, 86_400)] int? DurationSeconds,
    bool? IsPreview,
    VideoWrite? Video,
    [property: StringLength(200_000)] string? Markdown,
    QuizWrite? Quiz,
    ExerciseWrite? Exercise,
    [property: MaxLength(30)] ResourceWrite[]? Resources,
    [property: Range(0, 1000)] int? Position,
    /// <summary>PATCH only: moves the lesson to another module of the same course.</summary>
    Guid? ModuleId);
