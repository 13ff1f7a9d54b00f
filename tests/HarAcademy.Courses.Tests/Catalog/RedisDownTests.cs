using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.Courses.Tests.Catalog;

/// <summary>
/// Redis holds the cache's second level: with Redis stopped the catalog still answers, and answers what is true (a
/// change made meanwhile shows at once). A graph of its own: Redis is stopped here.
/// </summary>
public sealed class RedisDownTests
{
    private const string AdminEmail = "admin@redis-down.har.academy";
    private const string AdminPassword = "Redis-Down-Admin-Password-3";

    [Fact]
    public async Task The_catalog_answers_right_without_redis()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var graph = (await TestGraph.CreateAsync($"--Parameters:admin-email={AdminEmail}", $"--Parameters:admin-password={AdminPassword}")).Without("ai", "chroma");
        graph.Builder.CreateResourceBuilder<ProjectResource>("auth").WithEnvironment("Auth__BcryptWorkFactor", "4");
        var application = await graph.StartAsync(TimeSpan.FromSeconds(120), "auth", "courses", "gateway");
        using var client = new HttpClient { BaseAddress = application.GetEndpoint("gateway", "http") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, cancel));

        var created = await client.PostAsJsonAsync("/api/v1/courses", new { title = "Cached before the outage", description = new string('d', 60) }, cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetGuid();
        var module = await (await client.PostAsJsonAsync($"/api/v1/courses/{id}/modules", new { title = "M" }, cancel)).Content.ReadFromJsonAsync<JsonElement>(cancel);
        await client.PostAsJsonAsync($"/api/v1/courses/{id}/modules/{module.GetProperty("id")}/lessons", new { title = "L", type = "text", markdown = "x" }, cancel);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/courses/{id}/publish", null, cancel)).StatusCode);
        Assert.Equal("Cached before the outage", await TitleAsync(client, "/api/v1/courses?q=outage", cancel));

        var commands = application.Services.GetRequiredService<ResourceCommandService>();
        Assert.True((await commands.ExecuteCommandAsync("redis", KnownResourceCommands.StopCommand, cancel)).Success);
        await application.ResourceNotifications.WaitForResourceAsync("redis", KnownResourceStates.Finished, cancel);

        var stopwatch = Stopwatch.StartNew();
        Assert.Equal("Cached before the outage", await TitleAsync(client, "/api/v1/courses?q=outage", cancel));
        using var renamed = await client.PatchAsJsonAsync($"/api/v1/courses/{id}", new { title = "Renamed during the outage" }, cancel);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Renamed during the outage", await TitleAsync(client, "/api/v1/courses?q=outage", cancel));
        Assert.Equal("Renamed during the outage", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{id}", cancel)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/courses?q=renamed&domain=Other", cancel)).StatusCode);
        stopwatch.Stop();
        // Without skipping the cache's second level each of them waited for Redis's timeout (30 s for the five).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"five requests without Redis took {stopwatch.Elapsed}");
    }

    private static async Task<string?> TitleAsync(HttpClient client, string path, CancellationToken cancel)
    {
        using var response = await client.GetAsync(path, cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("items")[0].GetProperty("title").GetString();
    }

    private static async Task<string> TokenAsync(HttpClient client, CancellationToken cancel)
    {
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AdminEmail, password = AdminPassword }, cancel);
        return (await login.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("access_token").GetString()!;
    }
}
