using System.Text.Json;
using Aspire.Hosting;
using HarAcademy.AppHost.Tests.Infrastructure;

namespace HarAcademy.AppHost.Tests.Publishing;

/// <summary>The Python and Vite apps publish as containers built from their folder's Dockerfile, not as local executables.</summary>
public sealed class LocalAppManifestTests
{
    private static readonly string Assets = LocalProcesses.LocalAppFixture.Assets;

    [Fact]
    public async Task Uvicorn_and_vite_apps_become_containers_built_from_their_dockerfiles()
    {
        var output = Directory.CreateTempSubdirectory("har-manifest-").FullName;
        try
        {
            var manifestPath = Path.Combine(output, "aspire-manifest.json");
            await using (var graph = (await TestGraph.CreateAsync("--publisher", "manifest", "--output-path", manifestPath)).Empty())
            {
                var api = graph.Builder.AddUvicornApp("api", Path.Combine(Assets, "hello-asgi"), "main:app");
                graph.Builder.AddViteApp("web", Path.Combine(Assets, "hello-node")).WithReference(api).WithExternalHttpEndpoints();
                await graph.StartAsync(TimeSpan.FromSeconds(60));
                Assert.True(await Poll.UntilAsync(() => Complete(manifestPath), TimeSpan.FromSeconds(30)), "no complete manifest written");
            }

            var resources = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath, TestContext.Current.CancellationToken)).RootElement.GetProperty("resources");
            foreach (var (name, folder, port) in new[] { ("api", "hello-asgi", 8000), ("web", "hello-node", 80) })
            {
                var resource = resources.GetProperty(name);
                Assert.Equal("container.v1", resource.GetProperty("type").GetString());
                var build = resource.GetProperty("build");
                Assert.EndsWith(folder, build.GetProperty("context").GetString());
                Assert.EndsWith($"{folder}/Dockerfile", build.GetProperty("dockerfile").GetString());
                Assert.Equal(port, resource.GetProperty("bindings").GetProperty("http").GetProperty("targetPort").GetInt32());
                Assert.False(resource.TryGetProperty("args", out _), "local paths must not reach the container");
            }

            Assert.Equal("{api.bindings.http.targetPort}", resources.GetProperty("api").GetProperty("env").GetProperty("PORT").GetString());
            Assert.Equal("{api.bindings.http.url}", resources.GetProperty("web").GetProperty("env").GetProperty("services__api__http__0").GetString());
            Assert.True(resources.GetProperty("web").GetProperty("bindings").GetProperty("http").GetProperty("external").GetBoolean());
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Written to the end (the publisher writes it in several steps).</summary>
    private static bool Complete(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.TryGetProperty("resources", out var resources) && resources.TryGetProperty("web", out _);
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            return false;
        }
    }
}
