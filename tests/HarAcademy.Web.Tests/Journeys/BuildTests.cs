using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HarAcademy.Web.Tests.Infrastructure;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>What the production build promises: the catalog's first load within budget, and types that match the services.</summary>
public sealed class BuildTests(WebGraph graph)
{
    private const long CatalogBudgetBytes = 200 * 1024;

    [Fact]
    public async Task The_catalog_route_loads_at_most_200_KB_of_gzipped_javascript_and_every_route_is_measured()
    {
        var dist = Path.Combine(WebGraph.RepositoryRoot(), "web", "dist");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dist, ".vite", "manifest.json"), WebGraph.Cancel));
        var chunks = manifest.RootElement.EnumerateObject().ToDictionary(chunk => chunk.Name, chunk => chunk.Value);
        var entry = chunks.Single(chunk => chunk.Value.TryGetProperty("isEntry", out var isEntry) && isEntry.GetBoolean()).Key;

        // A route's first load: the entry's static imports, then the page's (lazy) chunk and its static imports.
        long GzippedJavaScript(IEnumerable<string> roots) =>
            Reachable(chunks, roots).Sum(key => GzippedSize(Path.Combine(dist, chunks[key].GetProperty("file").GetString()!)));

        var pages = chunks.Keys.Where(key => key.Contains("/pages/", StringComparison.Ordinal) && key.EndsWith("Page.tsx", StringComparison.Ordinal)).Order().ToList();
        var report = new JsonObject { ["entry_gzip_bytes"] = GzippedJavaScript([entry]) };
        foreach (var page in pages)
        {
            report[page] = GzippedJavaScript([entry, page]);
        }

        await File.WriteAllTextAsync(Path.Combine(WebGraph.Artefacts, "bundle-sizes.json"), report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), WebGraph.Cancel);
        var catalog = pages.Single(page => page.EndsWith("/CatalogPage.tsx", StringComparison.Ordinal));
        var catalogBytes = report[catalog]!.GetValue<long>();
        TestContext.Current.SendDiagnosticMessage($"catalog route: {catalogBytes / 1024.0:F1} KB of gzipped JavaScript");
        Assert.True(catalogBytes <= CatalogBudgetBytes, $"The catalog route loads {catalogBytes} bytes of gzipped JavaScript (budget {CatalogBudgetBytes}).");
        // The charts live only with the routes that draw them (recharts names its wrapper element in its code).
        Assert.DoesNotContain(Reachable(chunks, [entry, catalog]), key =>
            File.ReadAllText(Path.Combine(dist, chunks[key].GetProperty("file").GetString()!)).Contains("recharts-wrapper", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("auth")]
    [InlineData("courses")]
    [InlineData("payments")]
    [InlineData("ai")]
    public async Task The_web_apps_api_types_come_from_the_documents_the_services_publish_today(string service)
    {
        using var client = graph.Client();
        var published = await client.GetFromJsonAsync<JsonObject>($"/api/docs/{service}/openapi.json", WebGraph.Cancel);
        published!.Remove("servers");
        var kept = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(WebGraph.RepositoryRoot(), "web", "openapi", $"{service}.json"), WebGraph.Cancel))!;
        Assert.True(JsonNode.DeepEquals(published, kept),
            $"web/openapi/{service}.json differs from what the {service} service publishes: run `npm run api:types` in web/ against a running graph and adapt the screens.");
    }

    private static HashSet<string> Reachable(Dictionary<string, JsonElement> chunks, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var key))
        {
            if (seen.Add(key) && chunks[key].TryGetProperty("imports", out var imports))
            {
                foreach (var import in imports.EnumerateArray())
                {
                    pending.Push(import.GetString()!);
                }
            }
        }

        return seen;
    }

    private static long GzippedSize(string file)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return output.Length;
    }
}
