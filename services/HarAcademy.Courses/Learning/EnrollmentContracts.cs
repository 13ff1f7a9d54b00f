using System.ComponentModel.DataAnnotations;
using HarAcademy.Courses.Catalog;

namespace HarAcademy.Courses.Learning;

public sealed record EnrollRequest([property: Required] Guid? CourseId);

public sealed record EnrollmentView(
    Guid Id,
    Guid CourseId,
    string Status,
    string Source,
    DateTimeOffset EnrolledAt,
    DateTimeOffset? CompletedAt,
    int CompletedLessons,
    int TotalLessons,
    decimal ProgressPercentage,
    Guid? LastLessonId,
    DateTimeOffset? LastAccessedAt,
    string? CertificateNumber,
    CourseSummary? Course);

public sealed record LessonProgressEntry(Guid LessonId, string Status, int TimeSpentSeconds, int? PositionSeconds, decimal? QuizBestScore, DateTimeOffset? CompletedAt);

/// <summary>An enrollment with every lesson's progress, and the lesson to resume at.</summary>
public sealed record EnrollmentDetail(EnrollmentView Enrollment, Guid? ResumeLessonId, IReadOnlyList<LessonProgressEntry> Lessons);

/// <summary>
/// The learner's report for one lesson: <c>completed</c> marks it done (quizzes are completed by passing them);
/// <c>time_spent_seconds</c> is the running total for the lesson (the highest report is kept, so a retry never
/// double-counts); <c>position_seconds</c> is where a video stopped.
/// </summary>
public sealed record ProgressUpdate(
    [property: AllowedValues("started", "completed", null)] string? Status,
    [property: Range(0, 1_000_000)] int? TimeSpentSeconds,
    [property: Range(0, 86_400)] int? PositionSeconds);

public sealed record ProgressResult(LessonProgressEntry Lesson, EnrollmentView Enrollment);
