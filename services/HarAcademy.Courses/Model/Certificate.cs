namespace HarAcademy.Courses.Model;

/// <summary>Issued when an enrollment completes; names are copied so the certificate reads the same later.</summary>
public sealed class Certificate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Public, unguessable, e.g. HAR-2026-7KQ4-M2XP-9TDA.</summary>
    public required string Number { get; set; }
    public Guid EnrollmentId { get; set; }
    public Guid CourseId { get; set; }
    public Guid LearnerId { get; set; }
    public string LearnerName { get; set; } = "";
    public string CourseTitle { get; set; } = "";
    public string InstructorName { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
