using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>axe-core over the main screens, signed out and signed in, desktop and phone: no serious or critical violation.</summary>
public sealed class AccessibilityTests(WebGraph graph)
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/courses", false)]
    [InlineData("/courses", true)]
    [InlineData("/sign-in", false)]
    [InlineData("/sign-up", false)]
    [InlineData("/certificates", false)]
    public async Task Public_screens_have_no_serious_violations(string path, bool phone)
    {
        var page = await graph.NewPageAsync(phone);
        await page.GotoAsync(path);
        await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        await Screens.AssertAccessibleAsync(page, path);
        if (path == "/courses")
        {
            await Screens.ScreenshotAsync(page, phone ? "catalog-phone" : "catalog");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_course_page_the_lesson_player_and_my_learning_have_no_serious_violations()
    {
        var instructor = await graph.InstructorAsync("Axel");
        var courseId = await SceneBuilder.FreeCourseAsync(graph, instructor, $"Axe{Guid.NewGuid().ToString("N")[..8]}");
        var learner = await graph.RegisterAsync("Alix");
        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, learner.Email, WebGraph.Password);

        await page.GotoAsync($"/courses/{courseId}");
        await Expect(page.GetByTestId("enroll-button")).ToBeVisibleAsync();
        await Screens.AssertAccessibleAsync(page, "course page");
        await Screens.ScreenshotAsync(page, "course");

        await page.GetByTestId("enroll-button").ClickAsync();
        await Expect(page.GetByTestId("lesson-title")).ToBeVisibleAsync();
        await Screens.AssertAccessibleAsync(page, "lesson player");
        await Screens.ScreenshotAsync(page, "lesson");

        await page.GotoAsync("/learning");
        await Expect(page.GetByTestId("enrollment-card").First).ToBeVisibleAsync();
        await Screens.AssertAccessibleAsync(page, "my learning");
        await page.Context.CloseAsync();
    }
}
