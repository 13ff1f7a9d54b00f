using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;

[assembly: AssemblyFixture(typeof(HarAcademy.Payments.Tests.Infrastructure.PaymentsGraph))]

namespace HarAcademy.Payments.Tests.Infrastructure;

/// <summary>
/// The AppHost graph (PostgreSQL, Redis, auth, courses, payments in sandbox mode, the gateway), started once for the
/// suite. Tests go through the public door as real users, sign webhook events with the graph's webhook secret (as
/// Stripe would with its own), and read the databases to check.
/// </summary>
public sealed class PaymentsGraph : IAsyncLifetime
{
    public const string AdminEmail = "admin@payments-tests.har.academy";
    public const string AdminPassword = "Payments-Admin-Password-1";
    public const string Password = "Correct-Horse-Battery-9";
    public const string WebhookSecret = "whsec_payments_tests_0123456789abcdef";
    public const string OperatorKey = "payments-tests-operator-key-0123456789";

    private TestGraph? _graph;
    private string? _adminToken;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The payments service's own address (the benchmark's and the webhook tests' direct door).</summary>
    public Uri Payments { get; private set; } = null!;

    public Uri Auth { get; private set; } = null!;

    public Uri Courses { get; private set; } = null!;

    public string PaymentsDatabase { get; private set; } = null!;

    public string CoursesDatabase { get; private set; } = null!;

    /// <summary>The PostgreSQL server as its superuser (a database of its own for the Stripe-mode host).</summary>
    public string Server { get; private set; } = null!;

    public string Redis { get; private set; } = null!;

    public TestGraph Graph => _graph!;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = (await TestGraph.CreateAsync(
            $"--Parameters:admin-email={AdminEmail}",
            $"--Parameters:admin-password={AdminPassword}",
            $"--Parameters:payments-webhook-secret={WebhookSecret}",
            $"--Parameters:payments-operator-key={OperatorKey}")).Without("ai", "chroma");
        _graph.Builder.CreateResourceBuilder<ProjectResource>("auth")
            .WithEnvironment("Auth__BcryptWorkFactor", "4")
            .WithEnvironment("Auth__Throttle__MaxLoginAttemptsPerIp", "100000");
        _graph.Builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Gateway__RateLimit__AuthPerIp", "100000")
            .WithEnvironment("Gateway__RateLimit__PerUser", "100000")
            .WithEnvironment("Gateway__RateLimit__PerAnonymousIp", "100000");
        // Reconciliation runs when a test asks (POST /api/v1/payments/reconciliation), over anything pending a second.
        _graph.Builder.CreateResourceBuilder<ProjectResource>("payments")
            .WithEnvironment("Payments__ReconciliationInterval", "00:00:00")
            .WithEnvironment("Payments__ReconcileAfter", "00:00:01");
        var application = await _graph.StartAsync(TimeSpan.FromSeconds(180), "auth", "courses", "payments", "gateway");
        Gateway = application.GetEndpoint("gateway", "http");
        Payments = application.GetEndpoint("payments", "http");
        Auth = application.GetEndpoint("auth", "http");
        Courses = application.GetEndpoint("courses", "http");
        PaymentsDatabase = await _graph.ConnectionStringAsync("paymentsdb");
        CoursesDatabase = await _graph.ConnectionStringAsync("coursesdb");
        Server = await _graph.ConnectionStringAsync("postgres");
        Redis = await _graph.ConnectionStringAsync("redis");
    }

    public async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    public DistributedApplication Application => Graph.Application;

    public async Task<User> LearnerAsync(string name = "Ada")
    {
        using var client = new HttpClient { BaseAddress = Gateway };
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
        await Admin().ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/api/v1/users/{user.Id}", new { role = "instructor" });
        return user with { Token = await TokenAsync(user.Email, Password) };
    }

    public User Admin() => new(this, Guid.Empty, AdminEmail, _adminToken ??= TokenAsync(AdminEmail, AdminPassword).GetAwaiter().GetResult());

    public User Anonymous() => new(this, Guid.Empty, "", null);

    private async Task<string> TokenAsync(string email, string password)
    {
        using var client = new HttpClient { BaseAddress = Gateway };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
    }

    public Task<T> PaymentsScalarAsync<T>(string sql, params (string Name, object Value)[] parameters) => ScalarAsync<T>(PaymentsDatabase, sql, parameters);

    public Task<T> CoursesScalarAsync<T>(string sql, params (string Name, object Value)[] parameters) => ScalarAsync<T>(CoursesDatabase, sql, parameters);

    public Task<int> PaymentsExecuteAsync(string sql, params (string Name, object Value)[] parameters) => ExecuteAsync(PaymentsDatabase, sql, parameters);

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await using var command = await CommandAsync(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync(Cancel))!;
    }

    private static async Task<int> ExecuteAsync(string connectionString, string sql, (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await using var command = await CommandAsync(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(Cancel);
    }

    private static async Task<NpgsqlCommand> CommandAsync(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        await connection.OpenAsync(Cancel);
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

/// <summary>Someone calling the API through the gateway (Token null: anonymous).</summary>
public sealed record User(PaymentsGraph Graph, Guid Id, string Email, string? Token)
{
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var client = new HttpClient { BaseAddress = Graph.Gateway };
        using var request = new HttpRequestMessage(method, path);
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request, PaymentsGraph.Cancel);
    }

    /// <summary>Sends, asserts the status, returns the JSON body (or default for an empty one).</summary>
    public async Task<JsonElement> ExpectAsync(HttpStatusCode status, HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync(PaymentsGraph.Cancel);
        Assert.True(response.StatusCode == status, $"{method} {path}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 || !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('[') ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string path) => ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
}
