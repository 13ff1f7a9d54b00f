using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HarAcademy.Web.Tests.Infrastructure;

/// <summary>Sets scenes through the public API (what a journey is not about): a published course to take, say.</summary>
public static class SceneBuilder
{
    public const string QuizQuestion = "Combien font 2 + 2 ?";
    public const string QuizAnswer = "4";

    /// <summary>
    /// A free, published French course by <paramref name="instructor"/> whose title carries <paramref name="word"/>:
    /// a text lesson, a one-question quiz (the answer is <see cref="QuizAnswer"/>) and an exercise.
    /// </summary>
    public static Task<Guid> FreeCourseAsync(WebGraph graph, Person instructor, string word) => CourseAsync(graph, instructor, word, price: 0m);

    /// <summary>The same course as <see cref="FreeCourseAsync"/>, sold at <paramref name="price"/> euros.</summary>
    public static Task<Guid> PaidCourseAsync(WebGraph graph, Person instructor, string word, decimal price) => CourseAsync(graph, instructor, word, price);

    private static async Task<Guid> CourseAsync(WebGraph graph, Person instructor, string word, decimal price)
    {
        using var client = graph.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", instructor.Token);
        var course = await PostAsync(client, "/api/v1/courses", new
        {
            title = $"Découvrir {word}",
            subtitle = "Un cours court pour les tests du navigateur",
            description = "Un cours écrit par la suite de tests du navigateur, assez long pour être publié : cinquante caractères et plus.",
            language = "fr",
            domain = "Python",
            level = "beginner",
            price = new { amount = price, currency = "EUR", pricing_model = price == 0 ? "free" : "one_time" },
        });
        var courseId = course.GetProperty("id").GetGuid();
        var module = await PostAsync(client, $"/api/v1/courses/{courseId}/modules", new { title = "Premiers pas" });
        var lessons = $"/api/v1/courses/{courseId}/modules/{module.GetProperty("id").GetGuid()}/lessons";
        await PostAsync(client, lessons, new { title = "Lire les données", type = "text", markdown = "# Lire\n\nUn **tableau** se lit ligne par ligne.", duration_seconds = 300, is_preview = true });
        await PostAsync(client, lessons, new
        {
            title = "Vérifier ses acquis",
            type = "quiz",
            duration_seconds = 120,
            quiz = new
            {
                passing_score = 100,
                max_attempts = 3,
                questions = new[]
                {
                    new { type = "single_choice", prompt = QuizQuestion, options = new[] { "3", QuizAnswer, "5" }, correct_options = new[] { 1 }, explanation = "Deux et deux font quatre." },
                },
            },
        });
        await PostAsync(client, lessons, new
        {
            title = "À vous de jouer",
            type = "exercise",
            duration_seconds = 600,
            exercise = new { instructions = "Additionnez les colonnes A et B.", checklist = new[] { "Ouvrir le fichier", "Ajouter la colonne" } },
        });
        using var published = await client.PostAsync($"/api/v1/courses/{courseId}/publish", null, WebGraph.Cancel);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return courseId;
    }

    /// <summary>A free, published French course of one text lesson (<paramref name="markdown"/>); returns (course, lesson).</summary>
    public static async Task<(Guid Course, Guid Lesson)> TextCourseAsync(WebGraph graph, Person instructor, string title, string lessonTitle, string markdown)
    {
        using var client = graph.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", instructor.Token);
        var course = await PostAsync(client, "/api/v1/courses", new
        {
            title,
            description = "Un cours écrit par la suite de tests du navigateur, assez long pour être publié : cinquante caractères et plus.",
            language = "fr",
            domain = "Excel",
            level = "beginner",
            price = new { amount = 0, currency = "EUR", pricing_model = "free" },
        });
        var courseId = course.GetProperty("id").GetGuid();
        var module = await PostAsync(client, $"/api/v1/courses/{courseId}/modules", new { title = "Premiers pas" });
        var lesson = await PostAsync(client, $"/api/v1/courses/{courseId}/modules/{module.GetProperty("id").GetGuid()}/lessons",
            new { title = lessonTitle, type = "text", markdown, duration_seconds = 300 });
        using var published = await client.PostAsync($"/api/v1/courses/{courseId}/publish", null, WebGraph.Cancel);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return (courseId, lesson.GetProperty("id").GetGuid());
    }

    public static async Task EnrollAsync(WebGraph graph, Person learner, Guid courseId)
    {
        using var client = graph.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", learner.Token);
        await PostAsync(client, "/api/v1/enrollments", new { course_id = courseId });
    }

    /// <summary>The learner answers the course's quiz (<see cref="FreeCourseAsync"/>'s) wrongly, once.</summary>
    public static async Task FailQuizAsync(WebGraph graph, Person learner, Guid courseId)
    {
        using var client = graph.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", learner.Token);
        var outline = await client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseId}", WebGraph.Cancel);
        var quizId = outline.GetProperty("modules")[0].GetProperty("lessons").EnumerateArray()
            .Single(lesson => lesson.GetProperty("type").GetString() == "quiz").GetProperty("id").GetGuid();
        var quiz = await client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseId}/lessons/{quizId}", WebGraph.Cancel);
        var question = quiz.GetProperty("quiz").GetProperty("questions")[0].GetProperty("id").GetGuid();
        var attempt = await PostAsync(client, $"/api/v1/courses/{courseId}/lessons/{quizId}/quiz-attempts",
            new { answers = new[] { new { question_id = question, selected = new[] { 0 } } } });
        Assert.False(attempt.GetProperty("passed").GetBoolean());
    }

    /// <summary>New learners enroll in the course; the first <paramref name="completing"/> of them complete its first lesson.</summary>
    public static async Task LearnersTakeAsync(WebGraph graph, Guid courseId, int learners, int completing)
    {
        using var anonymous = graph.Client();
        var course = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseId}", WebGraph.Cancel);
        var firstLesson = course.GetProperty("modules")[0].GetProperty("lessons")[0].GetProperty("id").GetGuid();
        for (var index = 0; index < learners; index++)
        {
            var learner = await graph.RegisterAsync($"Apprenant{index}");
            using var client = graph.Client();
            client.DefaultRequestHeaders.Authorization = new("Bearer", learner.Token);
            await PostAsync(client, "/api/v1/enrollments", new { course_id = courseId });
            if (index < completing)
            {
                using var progress = await client.PutAsJsonAsync($"/api/v1/progress/lessons/{firstLesson}",
                    new { status = "completed", time_spent_seconds = 240 }, WebGraph.Cancel);
                Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
            }
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, WebGraph.Cancel);
        var text = await response.Content.ReadAsStringAsync(WebGraph.Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
