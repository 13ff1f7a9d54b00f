namespace HarAcademy.Contracts.Courses;

/// <summary>A learner gained access to a course (free enrollment, a purchase, or an admin).</summary>
public sealed record CourseEnrolled(Guid EnrollmentId, Guid CourseId, Guid LearnerId, string Source) : IntegrationEvent;

/// <summary>A learner lost access to a course: dropped it (<c>dropped</c>, progress kept) or had it taken back by a refund
/// (<c>revoked</c>). A later <see cref="CourseEnrolled"/> opens it again.</summary>
public sealed record EnrollmentEnded(Guid EnrollmentId, Guid CourseId, Guid LearnerId, string Status) : IntegrationEvent;

public sealed record LessonCompleted(Guid EnrollmentId, Guid CourseId, Guid LessonId, Guid LearnerId, decimal ProgressPercentage) : IntegrationEvent;

/// <summary>A graded quiz attempt (the AI service's performance analysis reads strengths and weak topics from them).</summary>
public sealed record QuizAttempted(Guid AttemptId, Guid EnrollmentId, Guid CourseId, Guid LessonId, Guid LearnerId, decimal Score, bool Passed, int Number) : IntegrationEvent;

public sealed record CourseCompleted(Guid EnrollmentId, Guid CourseId, Guid LearnerId, string CertificateNumber) : IntegrationEvent;

public sealed record CoursePublished(Guid CourseId, Guid InstructorId, string Title, string Language) : IntegrationEvent;

/// <summary>
/// A course's content as the AI tutor indexes it, sent after every change of a published course (and on publishing):
/// the whole text, so a consumer replaces what it holds instead of patching it.
/// </summary>
public sealed record CourseUpdated(
    Guid CourseId,
    string Title,
    string Description,
    string Language,
    string Domain,
    string Status,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<CourseLessonText> Lessons) : IntegrationEvent;

/// <summary>One lesson's indexable text: a video's transcript, a text lesson's Markdown, an exercise's instructions, a quiz's prompts and explanations.</summary>
public sealed record CourseLessonText(Guid LessonId, string ModuleTitle, string Title, string Type, string Text);

public sealed record ReviewPosted(Guid ReviewId, Guid CourseId, Guid LearnerId, int Rating, decimal AverageRating, int ReviewsCount) : IntegrationEvent;
