using System.Net;
using System.Text.Json;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Learning;

/// <summary>Quizzes are graded on the server; learners never receive the answers before the quiz is behind them.</summary>
public sealed class QuizTests(CoursesGraph graph)
{
    private static object Quiz(int? maxAttempts) => new
    {
        title = "Quiz",
        type = "quiz",
        quiz = new
        {
            passing_score = 75,
            max_attempts = maxAttempts,
            questions = new object[]
            {
                new { type = "single_choice", prompt = "Quelle fonction cherche une valeur ?", options = new[] { "SOMME", "RECHERCHEX", "SI" }, correct_options = new[] { 1 }, explanation = "RECHERCHEX cherche." },
                new { type = "multiple_choice", prompt = "Lesquels sont des langages ?", options = new[] { "R", "Excel", "Python" }, correct_options = new[] { 0, 2 } },
                new { type = "true_false", prompt = "Une moyenne est sensible aux valeurs extrêmes.", correct_boolean = true },
                new { type = "short_answer", prompt = "Le nom de la bibliothèque de tableaux de données en Python ?", accepted_answers = new[] { "pandas" } },
            },
        },
    };

    private async Task<(User Learner, string Path, JsonElement Questions)> QuizAsync(int? maxAttempts)
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var module = await CourseBuilder.ModuleOfAsync(owner, id);
        var quiz = await owner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules/{module}/lessons", Quiz(maxAttempts));
        var lesson = quiz.GetProperty("id").GetGuid();
        // The instructor sees the answers.
        Assert.Equal(1, quiz.GetProperty("quiz").GetProperty("questions")[0].GetProperty("correct_options")[0].GetInt32());
        var learner = await graph.LearnerAsync();
        await CourseBuilder.EnrollAsync(learner, id);
        var view = await learner.GetAsync($"/api/v1/courses/{id}/lessons/{lesson}");
        return (learner, $"/api/v1/courses/{id}/lessons/{lesson}/quiz-attempts", view.GetProperty("quiz").GetProperty("questions"));
    }

    private static Guid Id(JsonElement questions, int index) => questions[index].GetProperty("id").GetGuid();

    [Fact]
    public async Task Learners_never_receive_the_answers_with_the_questions()
    {
        var (_, _, questions) = await QuizAsync(3);
        foreach (var question in questions.EnumerateArray())
        {
            foreach (var secret in new[] { "correct_options", "correct_boolean", "accepted_answers", "explanation" })
            {
                Assert.Equal(JsonValueKind.Null, question.GetProperty(secret).ValueKind);
            }
        }
    }

    [Fact]
    public async Task Attempts_are_graded_limited_and_a_pass_completes_the_lesson()
    {
        var (learner, path, questions) = await QuizAsync(maxAttempts: 2);

        // Two right out of four: 50 %, failed; which questions were wrong is said, not their answers.
        var failed = await learner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new
        {
            answers = new object[]
            {
                new { question_id = Id(questions, 0), selected = new[] { 1 } },
                new { question_id = Id(questions, 1), selected = new[] { 0 } },
                new { question_id = Id(questions, 2), value = true },
            },
        });
        Assert.Equal(50m, failed.GetProperty("score").GetDecimal());
        Assert.False(failed.GetProperty("passed").GetBoolean());
        Assert.Equal(1, failed.GetProperty("attempts_left").GetInt32());
        Assert.All(failed.GetProperty("questions").EnumerateArray(), q => Assert.Equal(JsonValueKind.Null, q.GetProperty("correct_options").ValueKind));
        Assert.Equal(0m, failed.GetProperty("enrollment").GetProperty("progress_percentage").GetDecimal());

        // All right, the short answer with capitals, accents and spaces of its own: passed, lesson completed.
        var passed = await learner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new
        {
            answers = new object[]
            {
                new { question_id = Id(questions, 0), selected = new[] { 1 } },
                new { question_id = Id(questions, 1), selected = new[] { 2, 0 } },
                new { question_id = Id(questions, 2), value = true },
                new { question_id = Id(questions, 3), text = "  PÀndas " },
            },
        });
        Assert.Equal(100m, passed.GetProperty("score").GetDecimal());
        Assert.True(passed.GetProperty("passed").GetBoolean());
        Assert.Equal("RECHERCHEX cherche.", passed.GetProperty("questions")[0].GetProperty("explanation").GetString());
        Assert.Equal(50m, passed.GetProperty("enrollment").GetProperty("progress_percentage").GetDecimal());

        var refused = await learner.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, path, new { answers = Array.Empty<object>() });
        Assert.Equal("No attempts left", refused.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Simultaneous_attempts_never_exceed_the_limit()
    {
        var (learner, path, questions) = await QuizAsync(maxAttempts: 3);
        var body = new { answers = new object[] { new { question_id = Id(questions, 0), selected = new[] { 0 } } } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => learner.SendAsync(HttpMethod.Post, path, body)));

        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, responses.Count(response => response.StatusCode == HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task A_quiz_is_not_completed_by_saying_so_and_foreign_questions_are_refused()
    {
        var (learner, path, _) = await QuizAsync(maxAttempts: null);
        var lesson = path.Split('/')[6];
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/progress/lessons/{lesson}", new { status = "completed" });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, path, new { answers = new[] { new { question_id = Guid.NewGuid(), value = true } } });
        await learner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, path, new { });
    }
}
