using HarAcademy.Courses.Media;
using HarAcademy.Courses.Model;

namespace HarAcademy.Courses.Learning;

public sealed record VideoView(string Url, int DurationSeconds, string Transcript, string? ThumbnailUrl);

/// <summary>A question as shown. For learners the answer fields are null: they never leave the server.</summary>
public sealed record QuestionView(
    Guid Id, string Type, string Prompt, IReadOnlyList<string> Options, int Points,
    IReadOnlyList<int>? CorrectOptions, bool? CorrectBoolean, IReadOnlyList<string>? AcceptedAnswers, string? Explanation);

public sealed record QuizView(int PassingScore, int? MaxAttempts, IReadOnlyList<QuestionView> Questions);

public sealed record ExerciseView(string Instructions, IReadOnlyList<string> Checklist, string? ExpectedOutput);

public sealed record ResourceView(string Name, string Url, string Type);

public sealed record LessonProgressView(string Status, int TimeSpentSeconds, int? PositionSeconds, decimal? QuizBestScore, DateTimeOffset? CompletedAt);

public sealed record LessonView(
    Guid Id, Guid CourseId, Guid ModuleId, string Title, string Type, int Position, int DurationSeconds, bool IsPreview,
    VideoView? Video, string? Markdown, QuizView? Quiz, ExerciseView? Exercise, IReadOnlyList<ResourceView> Resources,
    LessonProgressView? Progress)
{
    public static LessonView ForEditor(Lesson lesson, MediaUrls media) => Build(lesson, media, withAnswers: true, progress: null);

    public static LessonView ForLearner(Lesson lesson, MediaUrls media, LessonProgress? progress) => Build(lesson, media, withAnswers: false, progress);

    private static LessonView Build(Lesson lesson, MediaUrls media, bool withAnswers, LessonProgress? progress) => new(
        lesson.Id, lesson.CourseId, lesson.ModuleId, lesson.Title, lesson.Type, lesson.Position, lesson.DurationSeconds, lesson.IsPreview,
        lesson.Video is { } video ? new VideoView(media.Playable(lesson.CourseId, video.Url)!, video.DurationSeconds, video.Transcript, media.Playable(lesson.CourseId, video.ThumbnailUrl)) : null,
        lesson.Markdown,
        lesson.Quiz is { } quiz ? new QuizView(quiz.PassingScore, quiz.MaxAttempts, [.. quiz.Questions.Select(question => new QuestionView(
            question.Id, question.Type, question.Prompt, question.Options, question.Points,
            withAnswers ? question.CorrectOptions : null,
            withAnswers ? question.CorrectBoolean : null,
            withAnswers ? question.AcceptedAnswers : null,
            withAnswers ? question.Explanation : null))]) : null,
        lesson.Exercise is { } exercise ? new ExerciseView(exercise.Instructions, exercise.Checklist, exercise.ExpectedOutput) : null,
        [.. lesson.Resources.Select(resource => new ResourceView(resource.Name, media.Playable(lesson.CourseId, resource.Url)!, resource.Type))],
        progress is null ? null : new LessonProgressView(progress.CompletedAt is null ? "started" : "completed", progress.TimeSpentSeconds,
            progress.PositionSeconds, progress.QuizBestScore, progress.CompletedAt));
}
