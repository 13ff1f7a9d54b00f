using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;

[assembly: AssemblyFixture(typeof(HarAcademy.Courses.Tests.Infrastructure.CoursesGraph))]

namespace HarAcademy.Courses.Tests.Infrastructure;

/// <summary>
/// The AppHost graph (PostgreSQL, Redis, auth, courses, the gateway), started once for the suite; tests go through the
/// public door as real users (learners, instructors promoted by the admin, the admin), and read the database to check.
/// </summary>
public sealed class CoursesGraph : IAsyncLifetime
{
    public const string AdminEmail = "admin@courses-tests.har.academy";
    public const string AdminPassword = "Courses-Admin-Password-1";
    public const string Password = "Correct-Horse-Battery-9";
    public const string DemoPassword = "Demo-Accounts-Password-7";

    private TestGraph? _graph;
    private string? _adminToken;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The courses service's own address, to compare with the gateway's answers.</summary>
    public Uri Courses { get; private set; } = null!;

    public string Database { get; private set; } = null!;

    public string Redis { get; private set; } = null!;

    public TestGraph Graph => _graph!;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = (await TestGraph.CreateAsync(
            $"--Parameters:admin-email={AdminEmail}",
            $"--Parameters:admin-password={AdminPassword}",
            // The development catalog too (the seed tests read it); every other test searches with words of its own.
            "--Parameters:seed-catalog=true",
            "--Parameters:demo-password=" + DemoPassword)).Without("ai", "chroma");
        _graph.Builder.CreateResourceBuilder<ProjectResource>("auth")
            .WithEnvironment("Auth__BcryptWorkFactor", "4")
            .WithEnvironment("Auth__Throttle__MaxLoginAttemptsPerIp", "100000");
        _graph.Builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Gateway__RateLimit__AuthPerIp", "100000")
            .WithEnvironment("Gateway__RateLimit__PerUser", "100000")
            .WithEnvironment("Gateway__RateLimit__PerAnonymousIp", "100000");
        var application = await _graph.StartAsync(TimeSpan.FromSeconds(180), "auth", "courses", "gateway");
        Gateway = application.GetEndpoint("gateway", "http");
        Courses = application.GetEndpoint("courses", "http");
        Database = await _graph.ConnectionStringAsync("coursesdb");
        Redis = await _graph.ConnectionStringAsync("redis");
    }

    public async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    public HttpClient Client() => new() { BaseAddress = Gateway };

    public async Task<User> LearnerAsync(string name = "Ada")
    {
        using var client = Client();
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = Password, first_name = name, last_name = "Lovelace", language = "fr" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return new User(this, session.GetProperty("user").GetProperty("id").GetGuid(), email, session.GetProperty("access_token").GetString()!);
    }

    /// <summary>A new account the admin makes an instructor; signed in again, so its token carries the role.</summary>
    public async Task<User> InstructorAsync(string name = "Grace")
    {
        var user = await LearnerAsync(name);
        using var promoted = await Admin().SendAsync(HttpMethod.Patch, $"/api/v1/users/{user.Id}", new { role = "instructor" });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        return user with { Token = await TokenAsync(user.Email, Password) };
    }

    public User Admin() => new(this, Guid.Empty, AdminEmail, _adminToken ??= TokenAsync(AdminEmail, AdminPassword).GetAwaiter().GetResult());

    public User Anonymous() => new(this, Guid.Empty, "", null);

    /// <summary>A seeded demo account (auth's development seeder, same fixed id in both services).</summary>
    public async Task<User> DemoAsync(string email) => new(this, Guid.Empty, email, await TokenAsync(email, DemoPassword));

    private async Task<string> TokenAsync(string email, string password)
    {
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync(Cancel))!;
    }
}

/// <summary>Someone calling the API through the gateway (Token null: anonymous).</summary>
public sealed record User(CoursesGraph Graph, Guid Id, string Email, string? Token)
{
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, Uri? baseAddress = null)
    {
        using var client = new HttpClient { BaseAddress = baseAddress ?? Graph.Gateway };
        using var request = new HttpRequestMessage(method, path);
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request, CoursesGraph.Cancel);
    }

    /// <summary>Sends, asserts the status, returns the JSON body (or default for an empty one).</summary>
    public async Task<JsonElement> ExpectAsync(HttpStatusCode status, HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync(CoursesGraph.Cancel);
        Assert.True(response.StatusCode == status, $"{method} {path}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string path) => ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
}
