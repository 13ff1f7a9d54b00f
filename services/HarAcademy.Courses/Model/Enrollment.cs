namespace HarAcademy.Courses.Model;

/// <summary>One learner's access to one course (unique per pair), with its progress summary.</summary>
public sealed class Enrollment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CourseId { get; set; }
    public Guid LearnerId { get; set; }
    public string Status { get; set; } = EnrollmentStatuses.Active;
    public string Source { get; set; } = EnrollmentSources.Free;
    /// <summary>The payment that granted it: its refund revokes this enrollment, not one granted otherwise.</summary>
    public Guid? PaymentId { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Counted from lesson_progress under the enrollment's row lock, never incremented blindly.</summary>
    public int CompletedLessons { get; set; }
    public decimal ProgressPercentage { get; set; }
    public Guid? LastLessonId { get; set; }
    public DateTimeOffset? LastAccessedAt { get; set; }

    public Course? Course { get; set; }
}

public sealed class LessonProgress
{
    public Guid EnrollmentId { get; set; }
    public Guid LessonId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastAccessedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>The client reports its running total for the lesson; the highest report wins, so retries and races never double it.</summary>
    public int TimeSpentSeconds { get; set; }
    /// <summary>Where a video stopped, to resume.</summary>
    public int? PositionSeconds { get; set; }
    public decimal? QuizBestScore { get; set; }
}

public sealed class QuizAttempt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LessonId { get; set; }
    public Guid CourseId { get; set; }
    public Guid LearnerId { get; set; }
    /// <summary>1, 2, …: unique per learner and lesson, so two simultaneous submissions cannot exceed the attempt limit.</summary>
    public int Number { get; set; }
    public decimal Score { get; set; }
    public bool Passed { get; set; }
    public required string AnswersJson { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}
