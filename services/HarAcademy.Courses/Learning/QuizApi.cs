using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

public sealed record QuizAttemptRequest([property: Required, MaxLength(200)] QuizAnswer[] Answers);

/// <summary>The grading, with the right answers and explanations: shown only after the attempt is recorded.</summary>
public sealed record QuizAttemptResult(Guid Id, int Number, decimal Score, bool Passed, int PassingScore, int? AttemptsLeft,
    IReadOnlyList<GradedQuestion> Questions, EnrollmentView Enrollment);

/// <summary>Quiz attempts: graded on the server, limited per quiz, a pass completes the lesson.</summary>
public static class QuizApi
{
    public static IEndpointRouteBuilder MapQuizApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/courses/{id:guid}/lessons/{lessonId:guid}/quiz-attempts", Submit).WithTags("Learning");
        return app;
    }

    public static async Task<Results<Created<QuizAttemptResult>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id, Guid lessonId, QuizAttemptRequest request, CoursesDbContext database, ProgressRecorder recorder, TimeProvider clock,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (open, problem) = await LessonAccess.OpenAsync(database, id, lessonId, user, cancellationToken);
        if (open is null)
        {
            return problem!;
        }

        if (open.Lesson.Quiz is not { Questions.Count: > 0 } quiz)
        {
            return Problems.Unprocessable("Not a quiz", "This lesson has no quiz to answer.");
        }

        if (open.Enrollment is not { } enrollment)
        {
            // A preview quiz, or the instructor trying their own: graded, not recorded.
            return Problems.NotEnrolled();
        }

        if (request.Answers.FirstOrDefault(answer => quiz.Questions.All(question => question.Id != answer.QuestionId)) is { } stray)
        {
            return Problems.Field("answers", $"Question {stray.QuestionId} is not in this quiz.");
        }

        var me = user.UserId();
        var (score, graded) = QuizGrader.Grade(quiz, request.Answers);
        var passed = score >= quiz.PassingScore;
        QuizAttempt? attempt = null;
        var recorded = await recorder.RecordAsync(enrollment.Id, open.Lesson, new ProgressChange(passed, null, null, score), cancellationToken, async token =>
        {
            // Under the enrollment's lock: two attempts submitted at once are counted one after the other.
            var used = await database.QuizAttempts.CountAsync(a => a.LessonId == lessonId && a.LearnerId == me, token);
            if (quiz.MaxAttempts is { } limit && used >= limit)
            {
                return false;
            }

            attempt = new QuizAttempt
            {
                LessonId = lessonId, CourseId = id, LearnerId = me, Number = used + 1, Score = score, Passed = passed,
                AnswersJson = JsonSerializer.Serialize(request.Answers), SubmittedAt = clock.GetUtcNow(),
            };
            database.QuizAttempts.Add(attempt);
            database.AddEvent(new QuizAttempted(attempt.Id, enrollment.Id, id, lessonId, me, score, passed, attempt.Number));
            return true;
        });
        if (recorded is not { } result || attempt is null)
        {
            return Problems.Unprocessable("No attempts left", $"This quiz allows {quiz.MaxAttempts} attempts, all used.");
        }

        var left = quiz.MaxAttempts is { } max ? max - attempt.Number : (int?)null;
        // The right answers and explanations once the quiz is behind the learner (passed, or no attempt left); before
        // that, only which questions were right, so a failed attempt does not hand over the answers for the next.
        var reveal = passed || left == 0;
        var shown = reveal ? graded : [.. graded.Select(question => question with { Explanation = "", CorrectOptions = null, CorrectBoolean = null, AcceptedAnswers = null })];
        return TypedResults.Created($"/api/v1/courses/{id}/lessons/{lessonId}/quiz-attempts/{attempt.Id}", new QuizAttemptResult(
            attempt.Id, attempt.Number, score, passed, quiz.PassingScore, left, shown, await EnrollmentsApi.ViewAsync(database, result, cancellationToken)));
    }
}
