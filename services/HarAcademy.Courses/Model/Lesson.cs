namespace HarAcademy.Courses.Model;

public sealed class Lesson
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CourseId { get; set; }
    public Guid ModuleId { get; set; }
    public required string Title { get; set; }
    /// <summary>video | text | quiz | exercise: which one of the content parts below is set.</summary>
    public required string Type { get; set; }
    /// <summary>0-based order within its module, dense.</summary>
    public int Position { get; set; }
    public int DurationSeconds { get; set; }
    /// <summary>Free preview: anyone may open it, enrolled or not.</summary>
    public bool IsPreview { get; set; }
    public VideoContent? Video { get; set; }
    /// <summary>A text lesson's Markdown, stored as written; clients render it sanitized.</summary>
    public string? Markdown { get; set; }
    public QuizContent? Quiz { get; set; }
    public ExerciseContent? Exercise { get; set; }
    public List<LessonResource> Resources { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class VideoContent
{
    /// <summary>An uploaded video (<c>media:{id}</c>, streamed by this service) or an external https URL.</summary>
    public string Url { get; set; } = "";
    public int DurationSeconds { get; set; }
    public string Transcript { get; set; } = "";
    public string? ThumbnailUrl { get; set; }
}

public sealed class QuizContent
{
    /// <summary>Percentage of the points needed to pass.</summary>
    public int PassingScore { get; set; } = 70;
    /// <summary>Null: unlimited.</summary>
    public int? MaxAttempts { get; set; }
    public List<QuizQuestion> Questions { get; set; } = [];
}

public sealed class QuizQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Type { get; set; }
    public required string Prompt { get; set; }
    public List<string> Options { get; set; } = [];
    /// <summary>Choice questions: indexes of the right options. Never sent to learners.</summary>
    public List<int> CorrectOptions { get; set; } = [];
    /// <summary>True/false questions. Never sent to learners.</summary>
    public bool? CorrectBoolean { get; set; }
    /// <summary>Short answers: accepted spellings, compared case- and accent-insensitively. Never sent to learners.</summary>
    public List<string> AcceptedAnswers { get; set; } = [];
    /// <summary>Shown after an attempt, with the grading.</summary>
    public string Explanation { get; set; } = "";
    public int Points { get; set; } = 1;
}

public sealed class ExerciseContent
{
    public string Instructions { get; set; } = "";
    public List<string> Checklist { get; set; } = [];
    public string? ExpectedOutput { get; set; }
}

public sealed class LessonResource
{
    public required string Name { get; set; }
    public required string Url { get; set; }
    /// <summary>link | pdf | dataset | code | file (an upload: <c>media:{id}</c>).</summary>
    public string Type { get; set; } = "link";
}
