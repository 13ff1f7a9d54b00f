using System.Text.Json;
using HarAcademy.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>
/// Measures (does not judge) the catalog's loading in the browser: first contentful paint, the first course card on
/// screen, and Largest Contentful Paint, cold (new browser context) and warm (assets cached), medians written to
/// test-results/web/catalog-performance.json for the figures.
/// </summary>
public sealed class CatalogPerformanceTests(WebGraph graph)
{
    private const string Observers = """
        window.__har = { lcp: 0, firstCard: 0 };
        new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__har.lcp = entry.startTime; })
          .observe({ type: 'largest-contentful-paint', buffered: true });
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-testid="course-card"]')) { window.__har.firstCard = performance.now(); observer.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
        """;

    [Fact]
    public async Task The_catalogs_first_render_and_largest_contentful_paint_are_measured()
    {
        var cold = new List<Timings>();
        var warm = new List<Timings>();
        for (var run = 0; run < 5; run++)
        {
            var page = await graph.NewPageAsync();
            await page.AddInitScriptAsync(Observers);
            cold.Add(await MeasureAsync(page));
            warm.Add(await MeasureAsync(page));
            await page.Context.CloseAsync();
        }

        var figures = new
        {
            runs = cold.Count,
            cold = Medians(cold),
            warm = Medians(warm),
        };
        await File.WriteAllTextAsync(Path.Combine(WebGraph.Artefacts, "catalog-performance.json"),
            JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }), WebGraph.Cancel);
        TestContext.Current.SendDiagnosticMessage($"catalog (median ms): cold {figures.cold}, warm {figures.warm}");
        Assert.All(cold.Concat(warm), timing => Assert.True(timing.FirstCard > 0 && timing.Lcp > 0 && timing.Fcp > 0, $"not measured: {timing}"));
    }

    private static async Task<Timings> MeasureAsync(Microsoft.Playwright.IPage page)
    {
        await page.GotoAsync("/courses");
        await Expect(page.GetByTestId("course-card").First).ToBeVisibleAsync();
        // LCP settles once the page stops adding larger elements (thumbnails): give it a moment.
        await page.WaitForTimeoutAsync(500);
        var values = await page.EvaluateAsync<double[]>(
            "() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0, window.__har.firstCard, window.__har.lcp]");
        return new Timings(values[0], values[1], values[2]);
    }

    private static object Medians(List<Timings> timings) => new
    {
        first_contentful_paint_ms = Median(timings.Select(timing => timing.Fcp)),
        first_course_card_ms = Median(timings.Select(timing => timing.FirstCard)),
        largest_contentful_paint_ms = Median(timings.Select(timing => timing.Lcp)),
    };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return Math.Round(sorted[sorted.Length / 2], 1);
    }

    private sealed record Timings(double Fcp, double FirstCard, double Lcp);
}
