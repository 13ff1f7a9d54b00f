using System.Net.Http.Json;
using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>A notification reaches the person's open page live (the gateway's hub), without a reload, and can be read.</summary>
public sealed class NotificationJourneyTests(WebGraph graph)
{
    [Fact]
    public async Task A_decision_on_my_instructor_application_rings_the_bell_live_and_opens_from_the_list()
    {
        var learner = await graph.RegisterAsync("Noé");
        using var client = graph.Client();
        using (var apply = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users/me/instructor-application")
        {
            Content = JsonContent.Create(new { bio = "Dix ans d'enseignement de R et de statistiques à l'université.", expertise_tags = new[] { "r" } }),
        })
        {
            apply.Headers.Authorization = new("Bearer", learner.Token);
            (await client.SendAsync(apply, WebGraph.Cancel)).EnsureSuccessStatusCode();
        }

        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, learner.Email, WebGraph.Password);
        var bell = page.GetByTestId("notification-bell");
        await Expect(bell).ToBeVisibleAsync();
        // The welcome notification of signing up is there, unread.
        await Expect(page.GetByTestId("notification-count")).ToHaveTextAsync("1");
        // The live channel is open (what is sent before it opens is read from the feed instead: not what this test is about).
        await Expect(page.Locator(".notification-bell")).ToHaveAttributeAsync("data-live", "connected");
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        // A refusal (an approval would change the role, which ends the session and so the connection).
        using (var decide = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/users/{learner.Id}") { Content = JsonContent.Create(new { instructor_verification = "rejected" }) })
        {
            decide.Headers.Authorization = new("Bearer", await graph.AdminTokenAsync());
            (await client.SendAsync(decide, WebGraph.Cancel)).EnsureSuccessStatusCode();
        }

        await Expect(page.GetByTestId("notification-count")).ToHaveTextAsync("2", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("notification-announcer")).ToContainTextAsync("candidature");
        Assert.Equal(0, navigations);

        await bell.ClickAsync();
        var item = page.GetByTestId("notification-item").Filter(new() { HasText = "candidature" }).First;
        await Expect(item).ToHaveAttributeAsync("data-read", "false");
        await item.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        await Expect(page.GetByTestId("notification-count")).ToHaveTextAsync("1");
        await page.Context.CloseAsync();
    }
}
