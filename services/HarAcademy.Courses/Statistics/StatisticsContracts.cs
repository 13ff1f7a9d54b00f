namespace HarAcademy.Courses.Statistics;

public sealed record DailyCount(DateOnly Date, int Count);

public sealed record LessonFunnel(Guid LessonId, string Title, string Type, int ModulePosition, int Position, int Started, int Completed, decimal CompletedShare);

public sealed record ScoreBucket(int From, int To, int Learners);

public sealed record QuizScores(Guid LessonId, string Title, int Attempts, decimal AverageBestScore, decimal PassRate, IReadOnlyList<ScoreBucket> Distribution);

public sealed record RatingStats(decimal Average, int Count, IReadOnlyDictionary<string, int> Distribution);

public sealed record CourseStats(
    Guid CourseId,
    int Enrollments,
    int CurrentLearners,
    int ActiveLearners30Days,
    int Completed,
    int Dropped,
    decimal CompletionRate,
    decimal AverageProgress,
    IReadOnlyList<DailyCount> EnrollmentsOverTime,
    IReadOnlyList<LessonFunnel> DropOff,
    IReadOnlyList<QuizScores> Quizzes,
    RatingStats Ratings);

public sealed record CourseRank(Guid CourseId, string Title, int Enrollments, decimal AverageRating);

public sealed record PlatformStats(
    IReadOnlyDictionary<string, int> CoursesByStatus,
    int Enrollments,
    int Learners,
    int ActiveLearners30Days,
    int Completions,
    int CertificatesIssued,
    decimal CompletionRate,
    IReadOnlyList<DailyCount> EnrollmentsOverTime,
    IReadOnlyList<CourseRank> TopCourses);
