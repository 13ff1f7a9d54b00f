namespace HarAcademy.Courses.Model;

/// <summary>What this service knows of a user (from tokens and auth's events): enough to name people on pages and certificates.</summary>
public sealed class Person
{
    public Guid Id { get; set; }
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.Learner;
    public DateTimeOffset UpdatedAt { get; set; }
}
