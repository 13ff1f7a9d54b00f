using System.Text.Json;

namespace HarAcademy.Courses.Seeding;

/// <summary>The development catalog's files (Seeding/Catalog/*.json: one per course, and _activity.json), as written by hand.</summary>
public sealed record SeedCourse(
    string Slug, string Title, string Subtitle, string Description, string Language, string Domain, string[] Stack, string Category,
    string Level, string[] Keywords, string Instructor, SeedPrice Price, string[] LearningOutcomes, string[] Prerequisites, bool Published,
    SeedModule[] Modules);

public sealed record SeedPrice(decimal Amount, string Currency, string PricingModel);

public sealed record SeedModule(string Title, string Description, SeedLesson[] Lessons);

public sealed record SeedLesson(
    string Title, string Type, int DurationMinutes, bool IsPreview, SeedVideo? Video, string? Markdown, SeedQuiz? Quiz,
    SeedExercise? Exercise, SeedResource[]? Resources);

public sealed record SeedVideo(string Transcript);

public sealed record SeedQuiz(int PassingScore, int? MaxAttempts, SeedQuestion[] Questions);

public sealed record SeedQuestion(string Type, string Prompt, string[]? Options, JsonElement? Correct, string[]? AcceptedAnswers, string? Explanation);

public sealed record SeedExercise(string Instructions, string[]? Checklist, string? ExpectedOutput);

public sealed record SeedResource(string Name, string Url, string Type);

public sealed record SeedActivity(SeedEnrollment[] Enrollments, SeedReview[] Reviews);

public sealed record SeedEnrollment(string Learner, string Course, int CompletedLessons);

public sealed record SeedReview(string Learner, string Course, int Rating, string Text);

public static class SeedFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Seeding", "Catalog");

    public static IEnumerable<SeedCourse> Courses() =>
        Directory.EnumerateFiles(Folder, "*.json").Where(path => !Path.GetFileName(path).StartsWith('_')).Order()
            .Select(path => JsonSerializer.Deserialize<SeedCourse>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path} is empty."));

    public static SeedActivity Activity() =>
        File.Exists(Path.Combine(Folder, "_activity.json"))
            ? JsonSerializer.Deserialize<SeedActivity>(File.ReadAllText(Path.Combine(Folder, "_activity.json")), Json) ?? new([], [])
            : new([], []);
}
