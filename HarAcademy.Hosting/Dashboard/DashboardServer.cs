using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.Hosting.Dashboard;

/// <summary>
/// The dashboard on 127.0.0.1: a page listing every resource with live logs and restart / stop / start buttons,
/// over a small JSON API that scripts and tests use too. Commands require the <c>X-Har-Dashboard</c> header, which
/// a cross-site form cannot send, so another web page cannot restart resources through the user's browser.
/// </summary>
public sealed class DashboardServer(DistributedApplication application) : IAsyncDisposable
{
    public const string CommandHeader = "X-Har-Dashboard";

    private WebApplication? _web;

    public Uri? Url { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        _web = builder.Build();
        Map(_web);
        await _web.StartAsync(cancellationToken);
        var address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address);
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/", () => Results.Stream(
            typeof(DashboardServer).Assembly.GetManifestResourceStream("dashboard.html")!, "text/html; charset=utf-8"));

        var api = web.MapGroup("/api/resources");
        api.MapGet("/", () => TypedResults.Ok(application.GetSnapshots()));
        api.MapGet("/{name}", Results<Ok<ResourceSnapshot>, NotFound> (string name) =>
            application.GetSnapshots().FirstOrDefault(resource => resource.Name == name) is { } found
                ? TypedResults.Ok(found)
                : TypedResults.NotFound());
        api.MapGet("/{name}/logs", Results<Ok<LogPage>, NotFound> (string name, long? after) =>
            application.Supervisors.TryGetValue(name, out var supervisor)
                ? TypedResults.Ok(LogPage.From(supervisor.Log.ReadAfter(after ?? -1)))
                : TypedResults.NotFound());

        api.MapPost("/{name}/{command}", Results<Accepted, NotFound, BadRequest<string>> (string name, string command, HttpRequest request) =>
        {
            if (!request.Headers.ContainsKey(CommandHeader))
            {
                return TypedResults.BadRequest($"commands need the {CommandHeader} header");
            }

            if (!application.Supervisors.ContainsKey(name))
            {
                return TypedResults.NotFound();
            }

            switch (command)
            {
                case "restart": application.RestartResource(name); break;
                case "stop": application.StopResource(name); break;
                case "start": application.StartResource(name); break;
                default: return TypedResults.BadRequest($"unknown command '{command}': use restart, stop or start");
            }

            return TypedResults.Accepted((string?)null);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync();
            await _web.DisposeAsync();
        }
    }
}

public sealed record LogPage(long Next, IReadOnlyList<Logs.LogLine> Lines)
{
    public static LogPage From(IReadOnlyList<Logs.LogLine> lines) =>
        new(lines.Count == 0 ? -1 : lines[^1].Sequence, lines);
}
