using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>
/// The AI service's screens over the real graph (nginx → gateway → the Python service, indexing from the courses
/// service's events): the tutor's streamed, cited answer in the lesson player, its refusal, and recommendations.
/// </summary>
public sealed class TutorJourneyTests(WebGraph graph)
{
    private const string Lesson = """
        # Les tableaux croisés

        Un tableau croisé dynamique résume une grande table en regroupant les lignes par catégorie.

        Pour créer un tableau croisé dynamique, sélectionnez la plage puis choisissez Insertion, Tableau croisé dynamique.
        Le champ placé dans la zone Valeurs est agrégé par la fonction Somme, que l'on peut remplacer par Moyenne.
        """;

    [Fact]
    public async Task A_learner_asks_the_tutor_in_a_lesson_and_gets_a_streamed_answer_citing_it_then_a_refusal_off_topic()
    {
        var instructor = await graph.InstructorAsync("Nadia");
        var (courseId, lessonId) = await SceneBuilder.TextCourseAsync(graph, instructor, $"Tableaux {Guid.NewGuid():N}"[..20], "Tableaux croisés dynamiques", Lesson);
        var learner = await graph.RegisterAsync("Yanis");
        await SceneBuilder.EnrollAsync(graph, learner, courseId);
        await TutorKnowsAsync(learner, courseId);

        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, learner.Email, WebGraph.Password);
        await page.GotoAsync($"/courses/{courseId}/learn/{lessonId}");
        var tutor = page.GetByTestId("tutor-panel");
        await Expect(tutor).ToBeVisibleAsync();
        await page.GetByTestId("tutor-input").FillAsync("Comment créer un tableau croisé dynamique ?");
        await page.GetByTestId("tutor-send").ClickAsync();

        var answer = page.GetByTestId("tutor-answer").Last;
        await Expect(answer).ToContainTextAsync("Insertion", new() { Timeout = 20_000 });
        var citation = page.GetByTestId("tutor-citation").First;
        await Expect(citation).ToHaveAttributeAsync("href", $"/courses/{courseId}/learn/{lessonId}");
        await Expect(citation).ToContainTextAsync("Tableaux croisés dynamiques");
        await Expect(page.GetByTestId("tutor-mode")).ToContainTextAsync("mode local");
        await Screens.ScreenshotAsync(page, "tutor-answer");

        await page.GetByTestId("tutor-input").FillAsync("Qui a gagné la coupe du monde de football en 1998 ?");
        await page.GetByTestId("tutor-send").ClickAsync();
        await Expect(page.GetByTestId("tutor-answer")).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await Expect(page.GetByTestId("tutor-answer").Last).ToContainTextAsync("Je ne trouve pas");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_in_learner_sees_recommended_courses_with_their_reason_on_the_home_page()
    {
        var learner = await graph.RegisterAsync("Ambre");
        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, learner.Email, WebGraph.Password);
        await page.GotoAsync("/");
        var cards = page.GetByTestId("recommendations").GetByTestId("recommendation");
        await Expect(cards.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        // A new learner: the most followed courses of the seeded catalog, each saying why.
        await Expect(cards.First).ToContainTextAsync(new Regex("Parmi les cours les plus suivis"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_instructor_generates_a_quiz_from_a_lesson_reviews_it_and_saves_it_into_the_course()
    {
        var instructor = await graph.InstructorAsync("Odile");
        var (courseId, lessonId) = await SceneBuilder.TextCourseAsync(graph, instructor, $"Quiz {Guid.NewGuid():N}"[..16], "Tableaux croisés dynamiques", Lesson);
        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, instructor.Email, WebGraph.Password, next: "/teach");
        await page.GotoAsync($"/teach/courses/{courseId}/lessons/{lessonId}");
        await page.GetByTestId("quiz-generate").ClickAsync();

        await page.WaitForURLAsync(new Regex($"/teach/courses/{courseId}/quiz-drafts/"));
        var questions = page.GetByTestId("quiz-draft-question");
        await Expect(questions.First).ToBeVisibleAsync();
        // Every question quotes the lesson sentence it comes from.
        await Expect(questions.First).ToContainTextAsync(new Regex("tableau croisé dynamique|zone Valeurs", RegexOptions.IgnoreCase));
        await questions.First.GetByTestId("quiz-approve").ClickAsync();
        await Expect(questions.First).ToHaveAttributeAsync("data-status", "approved");
        if (await questions.CountAsync() > 1)
        {
            await questions.Nth(1).GetByTestId("quiz-reject").ClickAsync();
            await Expect(questions.Nth(1)).ToHaveAttributeAsync("data-status", "rejected");
        }

        await Screens.ScreenshotAsync(page, "quiz-review");
        await page.GetByTestId("quiz-save").ClickAsync();
        await Expect(page.GetByTestId("quiz-saved")).ToBeVisibleAsync();

        // The course now has a quiz lesson right after its source, with the one approved question.
        using var client = graph.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", instructor.Token);
        var outline = await client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseId}", WebGraph.Cancel);
        var lessons = outline.GetProperty("modules")[0].GetProperty("lessons").EnumerateArray().ToList();
        Assert.Equal(["text", "quiz"], lessons.Select(lesson => lesson.GetProperty("type").GetString()));
        var quiz = await client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseId}/lessons/{lessons[1].GetProperty("id").GetGuid()}", WebGraph.Cancel);
        Assert.Equal(1, quiz.GetProperty("quiz").GetProperty("questions").GetArrayLength());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_learner_who_failed_a_quiz_sees_it_as_a_weak_topic_with_the_lesson_to_revisit_in_my_analysis()
    {
        var instructor = await graph.InstructorAsync("Hugo");
        var word = $"Analyse{Guid.NewGuid().ToString("N")[..8]}";
        var courseId = await SceneBuilder.FreeCourseAsync(graph, instructor, word);
        var learner = await graph.RegisterAsync("Chloé");
        await SceneBuilder.EnrollAsync(graph, learner, courseId);
        await SceneBuilder.FailQuizAsync(graph, learner, courseId);

        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, learner.Email, WebGraph.Password);
        var weak = page.GetByTestId("analysis-course").Filter(new() { HasText = word }).GetByTestId("analysis-weak-topic");
        // The attempt reaches the AI service through the courses service's events: moments, so the page is reloaded.
        for (var attempt = 0; attempt < 40 && await weak.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("/learning/analysis");
            await page.GetByTestId("analysis-summary").WaitForAsync();
            if (await weak.CountAsync() == 0)
            {
                await Task.Delay(500, WebGraph.Cancel);
            }
        }

        await Expect(weak).ToContainTextAsync("Vérifier ses acquis");
        await Expect(weak.GetByRole(AriaRole.Link, new() { Name = "Lire les données" })).ToBeVisibleAsync();
        await Screens.ScreenshotAsync(page, "my-analysis");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The course reaches the tutor through the courses service's events (outbox, stream, indexing): the journey starts
    /// once the tutor answers from it, as a learner opening the lesson moments after its publication would find it.
    /// </summary>
    private async Task TutorKnowsAsync(Person learner, Guid courseId)
    {
        using var client = graph.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", learner.Token);
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/ai/chat", new { course_id = courseId, message = "tableau croisé dynamique Insertion" }, WebGraph.Cancel);
            if (response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadFromJsonAsync<JsonElement>(WebGraph.Cancel)).GetProperty("answered_from_course").GetBoolean())
            {
                return;
            }

            await Task.Delay(500, WebGraph.Cancel);
        }

        Assert.Fail("the tutor never answered from the new course");
    }
}
