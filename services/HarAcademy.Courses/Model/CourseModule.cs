namespace HarAcademy.Courses.Model;

public sealed class CourseModule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CourseId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    /// <summary>0-based order within the course, dense.</summary>
    public int Position { get; set; }
    public List<Lesson> Lessons { get; set; } = [];
}
