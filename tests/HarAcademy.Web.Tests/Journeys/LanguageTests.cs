using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>The language switch changes every string of the interface (not the courses' own content), and is remembered.</summary>
public sealed class LanguageTests(WebGraph graph)
{
    /// <summary>The interface's texts: headings, labels, buttons, links, statuses, the footer; course cards are content.</summary>
    private const string CollectTexts = """
        () => [...document.querySelectorAll('h1, h2, h3, label, button, legend, th, a, summary, [role=status], footer p, option, p.muted, .empty-state p')]
          .filter((element) => !element.closest('[data-testid="course-card"]') && element.checkVisibility())
          .map((element) => (element.tagName === 'OPTION' ? element.textContent : element.innerText).trim().replace(/\s+/g, ' '))
          .filter((text) => text.length > 1)
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/courses")]
    [InlineData("/sign-in")]
    [InlineData("/sign-up")]
    public async Task Switching_to_english_changes_every_interface_string_and_is_remembered(string path)
    {
        var content = await ContentWordsAsync();
        var page = await graph.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var french = (await page.EvaluateAsync<string[]>(CollectTexts)).ToHashSet();

        await page.GetByTestId("language-switch").SelectOptionAsync("en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var english = (await page.EvaluateAsync<string[]>(CollectTexts)).ToHashSet();

        var unchanged = french.Intersect(english).Where(text => !IsContent(text, content)).ToList();
        Assert.True(unchanged.Count == 0, $"Still French on {path} after switching: {string.Join(" | ", unchanged)}");
        Assert.True(french.Count >= 5, $"Too few texts collected on {path}: {french.Count}");

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Content, the same in both languages: the brand, the languages' own names, numbers, and the catalog's words
    /// (domains, categories, titles, instructors). A text is content when nothing but those is left in it.
    /// </summary>
    private static bool IsContent(string text, HashSet<string> content)
    {
        var rest = text;
        foreach (var word in content.Append("Har Academy").Append("Français").Append("English").OrderByDescending(word => word.Length))
        {
            rest = Regex.Replace(rest, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})", " ", RegexOptions.IgnoreCase);
        }

        // What is left may be numbers, punctuation, symbols and the brand's one-letter mark.
        return !Regex.IsMatch(rest, @"\p{L}{2,}");
    }

    private async Task<HashSet<string>> ContentWordsAsync()
    {
        using var client = graph.Client();
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Collect(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String when element.GetString() is { Length: > 0 } text:
                    words.Add(text);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Collect(item);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Collect(property.Value);
                    break;
            }
        }

        Collect(await client.GetFromJsonAsync<JsonElement>("/api/v1/courses/vocabulary", WebGraph.Cancel));
        Collect(await client.GetFromJsonAsync<JsonElement>("/api/v1/courses?page_size=100", WebGraph.Cancel));
        return words;
    }
}
