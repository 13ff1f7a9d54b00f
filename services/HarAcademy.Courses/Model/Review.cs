namespace HarAcademy.Courses.Model;

public sealed class Review
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CourseId { get; set; }
    public Guid LearnerId { get; set; }
    public string LearnerName { get; set; } = "";
    public int Rating { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
