using System.Text.RegularExpressions;
using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>A new learner, from signing up to the certificate, through the screens only.</summary>
public sealed class LearnerJourneyTests(WebGraph graph)
{
    [Fact]
    public async Task Sign_up_verify_find_a_free_course_enroll_complete_every_lesson_and_get_the_certificate()
    {
        var word = $"Zorbit{Guid.NewGuid().ToString("N")[..8]}";
        var instructor = await graph.InstructorAsync("Ines");
        var courseId = await SceneBuilder.FreeCourseAsync(graph, instructor, word);
        var email = $"lea-{Guid.NewGuid():N}@example.com";
        var page = await graph.NewPageAsync();

        // Sign up.
        await page.GotoAsync("/sign-up");
        await page.GetByTestId("sign-up-first-name").FillAsync("Léa");
        await page.GetByTestId("sign-up-last-name").FillAsync("Moreau");
        await page.GetByTestId("sign-up-email").FillAsync(email);
        await page.GetByTestId("sign-up-password").FillAsync(WebGraph.Password);
        await page.GetByTestId("sign-up-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Léa", Exact = false }).First).ToBeVisibleAsync();

        // Verify the address with the link the email carries.
        var link = await graph.MailedLinkAsync(email, "verify-email");
        await page.GotoAsync(link.PathAndQuery);
        await Expect(page.GetByTestId("verify-email-status")).ToHaveAttributeAsync("data-status", "verified");

        // Find the course by a word of its title, open it, enroll.
        await page.GotoAsync("/courses");
        await page.GetByTestId("catalog-search").FillAsync(word);
        await page.GetByTestId("catalog-search").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"q={word}"));
        await Expect(page.GetByTestId("course-card")).ToHaveCountAsync(1);
        await page.GetByTestId("course-card").ClickAsync();
        await Expect(page.GetByTestId("course-title")).ToContainTextAsync(word);
        await page.GetByTestId("enroll-button").ClickAsync();

        // Lesson 1 (text): read, mark complete, next.
        await Expect(page.GetByTestId("lesson-title")).ToHaveTextAsync("Lire les données");
        await page.GetByTestId("mark-complete").ClickAsync();
        await page.GetByTestId("next-lesson").ClickAsync();

        // Lesson 2 (quiz): answer, submit, passed.
        await Expect(page.GetByTestId("lesson-title")).ToHaveTextAsync("Vérifier ses acquis");
        await page.GetByRole(AriaRole.Radio, new() { Name = SceneBuilder.QuizAnswer, Exact = true }).CheckAsync();
        await Screens.ScreenshotAsync(page, "lesson-quiz");
        await page.GetByTestId("quiz-submit").ClickAsync();
        await Expect(page.GetByTestId("quiz-result")).ToHaveAttributeAsync("data-passed", "true");
        await page.GetByTestId("next-lesson").ClickAsync();

        // Lesson 3 (exercise): marking it complete completes the course.
        await Expect(page.GetByTestId("lesson-title")).ToHaveTextAsync("À vous de jouer");
        await page.GetByTestId("mark-complete").ClickAsync();
        await page.WaitForURLAsync($"**/courses/{courseId}/complete");
        var certificate = page.GetByTestId("completion-certificate");
        await Expect(certificate).ToContainTextAsync(new Regex("HAR-[0-9]{4}-"));
        await Screens.ScreenshotAsync(page, "completion");
        var number = new Regex("HAR-[0-9A-Z-]+").Match(await certificate.InnerTextAsync()).Value;

        // My learning: 100 %, completed; the certificate verifies publicly.
        await page.GotoAsync("/learning?show=completed");
        var card = page.GetByTestId("enrollment-card").Filter(new() { HasText = word });
        await Expect(card.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100");
        var visitor = await graph.NewPageAsync();
        await visitor.GotoAsync($"/certificates/{number}");
        await Expect(visitor.GetByTestId("certificate-status")).ToHaveAttributeAsync("data-status", "valid");
        await Expect(visitor.GetByText("Léa Moreau")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }
}
