using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HarAcademy.Web.Tests.Infrastructure;

/// <summary>What journeys do on the screens again and again, as a person does it.</summary>
public static class Screens
{
    public static async Task SignInAsync(IPage page, string email, string password, string next = "/learning")
    {
        await page.GotoAsync($"/sign-in?next={Uri.EscapeDataString(next)}");
        await page.GetByTestId("sign-in-email").FillAsync(email);
        await page.GetByTestId("sign-in-password").FillAsync(password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == next.Split('?')[0]);
    }

    /// <summary>A full-page screenshot in test-results/web (the run's artefacts).</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WebGraph.Artefacts, $"{name}.png"), FullPage = true });

    /// <summary>axe-core (WCAG 2.1 A/AA and best practices) on the page as it is: no serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string screen)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        var serious = results.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{screen}: " + string.Join("; ", serious.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Take(3).Select(node => node.Target?.ToString()))}")));
    }
}
