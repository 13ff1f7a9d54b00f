using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HarAcademy.Hosting.LocalProcesses.Python;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(HarAcademy.Web.Tests.Infrastructure.WebGraph))]
// One journey at a time: a browser, nginx, three services and PostgreSQL share two cores, and a journey's waits are
// about the product's speed, not about how many other journeys run beside it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace HarAcademy.Web.Tests.Infrastructure;

/// <summary>
/// The whole graph for the browser: PostgreSQL, Redis, auth, courses, the gateway and the web app's production build
/// behind nginx (web-mode=static), with the seeded catalog; one headless Chromium for the suite, a fresh browser
/// context (cookies, storage) per person in a test. The API is used only to set the scene (an instructor's role, a
/// course to take); everything a journey checks goes through the screens.
/// </summary>
public sealed partial class WebGraph : IAsyncLifetime
{
    public const string AdminEmail = "admin@web-tests.har.academy";
    public const string AdminPassword = "Web-Admin-Password-1";
    public const string Password = "Correct-Horse-Battery-9";
    public const string DemoPassword = "Demo-Accounts-Password-7";

    private TestGraph? _graph;
    private IPlaywright? _playwright;
    private string? _adminToken;

    /// <summary>The web app's address (what a person types), serving the API on the same origin.</summary>
    public Uri Web { get; private set; } = null!;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The auth service's own address: its development mailbox answers only direct local calls.</summary>
    public Uri Auth { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots and measurements of the run (test-results/web at the repository's root).</summary>
    public static string Artefacts { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "test-results", "web")).FullName;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = (await TestGraph.CreateAsync(
            $"--Parameters:admin-email={AdminEmail}",
            $"--Parameters:admin-password={AdminPassword}",
            "--Parameters:seed-catalog=true",
            "--Parameters:demo-password=" + DemoPassword,
            "--Parameters:web-mode=static"));
        _graph.Builder.CreateResourceBuilder<ProjectResource>("auth")
            .WithEnvironment("Auth__BcryptWorkFactor", "4")
            .WithEnvironment("Auth__Throttle__MaxLoginAttemptsPerIp", "100000");
        _graph.Builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Gateway__RateLimit__AuthPerIp", "100000")
            .WithEnvironment("Gateway__RateLimit__PerUser", "100000")
            .WithEnvironment("Gateway__RateLimit__PerAnonymousIp", "100000");
        // The journeys wait for the tutor to know a new course by asking it: more questions a minute than a person asks.
        _graph.Builder.CreateResourceBuilder<UvicornAppResource>("ai").WithEnvironment("Ai__Chat__MessagesPerMinute", "10000");
        var application = await _graph.StartAsync(TimeSpan.FromSeconds(240), "auth", "courses", "ai", "gateway", "web");
        Web = application.GetEndpoint("web", "http");
        Gateway = application.GetEndpoint("gateway", "http");
        Auth = application.GetEndpoint("auth", "http");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Debian's Chromium as root, on a machine without a network: no sandbox, nothing fetched in the background.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    /// <summary>A new person at a desktop (or a phone) browser, French unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, string locale = "fr-FR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Web.ToString(),
            Locale = locale,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public HttpClient Client() => new() { BaseAddress = Gateway };

    /// <summary>A new account made through the API (for scenes the journey is not about), with its access token.</summary>
    public async Task<Person> RegisterAsync(string firstName)
    {
        using var client = Client();
        var email = $"{firstName.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = Password, first_name = firstName, last_name = "Test", language = "fr" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return new Person(session.GetProperty("user").GetProperty("id").GetGuid(), email, session.GetProperty("access_token").GetString()!);
    }

    /// <summary>A new account the admin made an instructor; its token is fresh, so it carries the role.</summary>
    public async Task<Person> InstructorAsync(string firstName)
    {
        var person = await RegisterAsync(firstName);
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/users/{person.Id}") { Content = JsonContent.Create(new { role = "instructor" }) };
        request.Headers.Authorization = new("Bearer", await AdminTokenAsync());
        using var promoted = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        return person with { Token = await TokenAsync(person.Email, Password) };
    }

    public async Task<string> AdminTokenAsync() => _adminToken ??= await TokenAsync(AdminEmail, AdminPassword);

    public async Task<string> TokenAsync(string email, string password)
    {
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
    }

    /// <summary>The newest link to <paramref name="page"/> (verify-email, reset-password) in the development mailbox of <paramref name="email"/>.</summary>
    public async Task<Uri> MailedLinkAsync(string email, string page)
    {
        using var client = new HttpClient { BaseAddress = Auth };
        string? link = null;
        var found = await Poll.UntilAsync(async () =>
        {
            var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/auth/dev/mailbox?to={Uri.EscapeDataString(email)}", Cancel);
            link = messages.EnumerateArray()
                .Select(message => LinkPattern().Match(message.GetProperty("body").GetString()!))
                .Where(match => match.Success && match.Groups["page"].Value == page)
                .Select(match => match.Value)
                .FirstOrDefault();
            return link is not null;
        }, TimeSpan.FromSeconds(20));
        Assert.True(found, $"No {page} link was mailed to {email}.");
        return new Uri(link!);
    }

    [GeneratedRegex(@"https?://\S+/(?<page>[a-z-]+)\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HarAcademy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (HarAcademy.sln) was not found above the test's folder.");
    }
}

public sealed record Person(Guid Id, string Email, string Token);
