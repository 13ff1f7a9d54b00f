using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarAcademy.Courses.Authoring;

/// <summary>Checks a lesson write against the lesson's type and applies it; only the content of that type is accepted.</summary>
public static class LessonContentWriter
{
    public static ValidationProblem? Apply(Lesson lesson, LessonWrite request)
    {
        var type = lesson.Type;
        if (OtherContent(type, request) is { } foreign)
        {
            return Problems.Field(foreign, $"A {type} lesson has no {foreign}.");
        }

        if (InputChecks.FirstOf(
                InputChecks.Url("video.url", request.Video?.Url),
                InputChecks.Url("video.thumbnail_url", request.Video?.ThumbnailUrl),
                InputChecks.Texts("exercise.checklist", request.Exercise?.Checklist, 500)) is var (field, message))
        {
            return Problems.Field(field, message);
        }

        foreach (var resource in request.Resources ?? [])
        {
            if (InputChecks.Url("resources.url", resource.Url) is var (resourceField, resourceMessage))
            {
                return Problems.Field(resourceField, resourceMessage);
            }
        }

        List<QuizQuestion>? questions = null;
        if (request.Quiz is { } quiz && Questions(quiz, out questions) is { } quizProblem)
        {
            return quizProblem;
        }

        lesson.Title = request.Title?.Trim() ?? lesson.Title;
        lesson.IsPreview = request.IsPreview ?? lesson.IsPreview;
        if (request.Video is { } video)
        {
            lesson.Video = new VideoContent { Url = video.Url, DurationSeconds = video.DurationSeconds, Transcript = video.Transcript ?? "", ThumbnailUrl = video.ThumbnailUrl };
        }

        lesson.Markdown = request.Markdown ?? lesson.Markdown;
        if (request.Quiz is { } write)
        {
            lesson.Quiz = new QuizContent { PassingScore = write.PassingScore, MaxAttempts = write.MaxAttempts, Questions = questions! };
        }

        if (request.Exercise is { } exercise)
        {
            lesson.Exercise = new ExerciseContent { Instructions = exercise.Instructions, Checklist = [.. exercise.Checklist ?? []], ExpectedOutput = exercise.ExpectedOutput };
        }

        if (request.Resources is { } resources)
        {
            lesson.Resources = [.. resources.Select(resource => new LessonResource { Name = resource.Name.Trim(), Url = resource.Url, Type = resource.Type ?? "link" })];
        }

        // A video's length is its duration unless the instructor says otherwise; other lessons say how long they take.
        lesson.DurationSeconds = request.DurationSeconds ?? (type == LessonTypes.Video && request.Video is { } v ? v.DurationSeconds : lesson.DurationSeconds);
        return null;
    }

    private static string? OtherContent(string type, LessonWrite request) =>
        request.Video is not null && type != LessonTypes.Video ? "video"
        : request.Markdown is not null && type != LessonTypes.Text ? "markdown"
        : request.Quiz is not null && type != LessonTypes.Quiz ? "quiz"
        : request.Exercise is not null && type != LessonTypes.Exercise ? "exercise"
        : null;

    private static ValidationProblem? Questions(QuizWrite quiz, out List<QuizQuestion> questions)
    {
        questions = [];
        for (var index = 0; index < quiz.Questions.Length; index++)
        {
            var write = quiz.Questions[index];
            var field = $"quiz.questions[{index}]";
            var options = write.Options?.Select(option => option.Trim()).ToList() ?? [];
            var correct = write.CorrectOptions?.Distinct().Order().ToList() ?? [];
            var accepted = write.AcceptedAnswers?.Select(answer => answer.Trim()).Where(answer => answer.Length > 0).ToList() ?? [];
            var problem = write.Type switch
            {
                QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice when options.Count < 2 || options.Any(option => option.Length is 0 or > 500) =>
                    "A choice question needs 2 to 10 options of 1 to 500 characters.",
                QuestionTypes.SingleChoice when correct.Count != 1 || correct[0] < 0 || correct[0] >= options.Count =>
                    "A single-choice question has exactly one correct option (correct_options: [its index]).",
                QuestionTypes.MultipleChoice when correct.Count < 1 || correct.Any(option => option < 0 || option >= options.Count) =>
                    "A multiple-choice question names its correct options by index (correct_options), at least one.",
                QuestionTypes.TrueFalse when write.CorrectBoolean is null =>
                    "A true/false question says its answer (correct_boolean).",
                QuestionTypes.ShortAnswer when accepted.Count == 0 || accepted.Any(answer => answer.Length > 200) =>
                    "A short-answer question lists its accepted answers (1 to 200 characters each).",
                _ => null,
            };
            if (problem is not null)
            {
                return Problems.Field(field, problem);
            }

            questions.Add(new QuizQuestion
            {
                Id = write.Id ?? Guid.CreateVersion7(),
                Type = write.Type,
                Prompt = write.Prompt.Trim(),
                Options = write.Type is QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice ? options : [],
                CorrectOptions = write.Type is QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice ? correct : [],
                CorrectBoolean = write.Type == QuestionTypes.TrueFalse ? write.CorrectBoolean : null,
                AcceptedAnswers = write.Type == QuestionTypes.ShortAnswer ? accepted : [],
                Explanation = write.Explanation?.Trim() ?? "",
                Points = write.Points ?? 1,
            });
        }

        if (questions.Select(question => question.Id).Distinct().Count() != questions.Count)
        {
            return Problems.Field("quiz.questions", "Two questions have the same id.");
        }

        return null;
    }
}
