using System.Text.RegularExpressions;
using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>An instructor writes and publishes a course in the editor; a learner then finds it in the catalog.</summary>
public sealed class InstructorJourneyTests(WebGraph graph)
{
    [Fact]
    public async Task An_instructor_creates_fills_and_publishes_a_course_that_a_learner_then_finds_in_search()
    {
        var word = $"Quorvex{Guid.NewGuid().ToString("N")[..8]}";
        var instructor = await graph.InstructorAsync("Camille");
        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, instructor.Email, WebGraph.Password, next: "/teach");

        // The course's details.
        await page.GetByTestId("new-course").ClickAsync();
        await page.GetByTestId("course-title-input").FillAsync($"Atelier {word}");
        await page.GetByTestId("course-description-input").FillAsync(
            "Un atelier pratique pour apprendre à nettoyer un jeu de données, pas à pas, avec des exemples concrets.");
        await page.GetByLabel("Domaine").SelectOptionAsync("Python");
        await page.GetByTestId("save-course").ClickAsync();
        await page.WaitForURLAsync(new Regex("/teach/courses/[0-9a-f-]{36}"));
        var courseId = Regex.Match(page.Url, "/teach/courses/(?<id>[0-9a-f-]{36})").Groups["id"].Value;
        await Expect(page.GetByTestId("course-status")).ToHaveAttributeAsync("data-status", "draft");

        // The outline: a module with a text lesson and a quiz.
        await page.GetByTestId("tab-outline").ClickAsync();
        await page.GetByTestId("module-title-input").FillAsync("Les bases");
        await page.GetByTestId("add-module").ClickAsync();
        var module = page.GetByTestId("outline-module").Filter(new() { HasText = "Les bases" });
        await module.GetByTestId("lesson-title-input").FillAsync("Nettoyer les colonnes");
        await module.GetByTestId("lesson-type-select").SelectOptionAsync("text");
        await module.GetByTestId("add-lesson").ClickAsync();
        await Expect(module.GetByTestId("outline-lesson")).ToHaveCountAsync(1);
        await module.GetByTestId("lesson-title-input").FillAsync("Quiz final");
        await module.GetByTestId("lesson-type-select").SelectOptionAsync("quiz");
        await module.GetByTestId("add-lesson").ClickAsync();
        await Expect(module.GetByTestId("outline-lesson")).ToHaveCountAsync(2);
        await Screens.ScreenshotAsync(page, "editor-outline");
        await Screens.AssertAccessibleAsync(page, "course editor");

        // The text lesson's content.
        await module.GetByRole(AriaRole.Link, new() { Name = "Nettoyer les colonnes", Exact = true }).ClickAsync();
        await page.GetByTestId("lesson-markdown-input").FillAsync("# Nettoyer\n\nSupprimez les **doublons** puis renommez les colonnes.");
        await page.GetByTestId("save-lesson").ClickAsync();
        await Expect(page.Locator(".saved-message")).ToContainTextAsync("enregistrée");

        // The quiz: one single-choice question, the first option right.
        await page.GotoAsync($"/teach/courses/{courseId}?tab=outline");
        await module.GetByRole(AriaRole.Link, new() { Name = "Quiz final", Exact = true }).ClickAsync();
        if (await page.GetByTestId("quiz-question").CountAsync() == 0)
        {
            await page.GetByTestId("question-add").ClickAsync();
        }

        var question = page.GetByTestId("quiz-question").First;
        await question.GetByTestId("question-prompt-input").FillAsync("Quelle fonction supprime les doublons ?");
        var options = question.GetByTestId("option-input");
        for (var index = 0; index < await options.CountAsync(); index++)
        {
            await options.Nth(index).FillAsync(index == 0 ? "drop_duplicates" : $"autre_{index}");
        }

        await question.GetByTestId("option-correct").First.CheckAsync();
        await page.GetByTestId("save-lesson").ClickAsync();
        await Expect(page.Locator(".saved-message")).ToContainTextAsync("enregistrée");
        await Screens.ScreenshotAsync(page, "editor-quiz");

        // Publish.
        await page.GotoAsync($"/teach/courses/{courseId}?tab=publish");
        await page.GetByTestId("publish-course").ClickAsync();
        await Expect(page.GetByTestId("course-status")).ToHaveAttributeAsync("data-status", "published");

        // A learner, signed out, finds it.
        var learner = await graph.NewPageAsync();
        await learner.GotoAsync($"/courses?q={word}");
        await Expect(learner.GetByTestId("course-card")).ToHaveCountAsync(1);
        await Expect(learner.GetByTestId("course-card")).ToContainTextAsync($"Atelier {word}");
        await learner.GetByTestId("course-card").ClickAsync();
        await Expect(learner.GetByTestId("course-title")).ToContainTextAsync(word);
        await Expect(learner.GetByText("Quiz final")).ToBeVisibleAsync();
        // Two learners take it (one finishes the first lesson); the statistics screen draws them.
        await SceneBuilder.LearnersTakeAsync(graph, Guid.Parse(courseId), learners: 2, completing: 1);
        await page.GotoAsync($"/teach/courses/{courseId}/stats");
        await Expect(page.Locator("main h1")).ToContainTextAsync(word);
        // The charts are a chunk of their own, fetched when the page first draws one: more than Expect's 5 s on a loaded machine.
        await Expect(page.Locator(".recharts-wrapper").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screens.ScreenshotAsync(page, "statistics");
        await Screens.AssertAccessibleAsync(page, "course statistics");
        await page.Context.CloseAsync();
        await learner.Context.CloseAsync();
    }
}
