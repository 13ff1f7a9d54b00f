using Microsoft.Playwright;
using HarAcademy.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

public sealed class ShellTests(WebGraph graph)
{
    [Fact]
    public async Task The_production_build_is_served_with_long_lived_caching_for_hashed_assets_and_the_api_on_the_same_origin()
    {
        using var client = new HttpClient { BaseAddress = graph.Web };
        using var index = await client.GetAsync("/courses", WebGraph.Cancel);
        Assert.Equal(System.Net.HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("no-cache", index.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", string.Join(";", index.Headers.GetValues("Content-Security-Policy")));
        var html = await index.Content.ReadAsStringAsync(WebGraph.Cancel);
        var script = System.Text.RegularExpressions.Regex.Match(html, "/assets/[^\"]+\\.js").Value;
        Assert.NotEmpty(script);

        using var asset = await client.GetAsync(script, WebGraph.Cancel);
        Assert.Equal(System.Net.HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());

        using var api = await client.GetAsync("/api/v1/courses?page_size=1", WebGraph.Cancel);
        Assert.Equal(System.Net.HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_home_page_renders_in_french_by_default()
    {
        var page = await graph.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Catalogue" }).First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
