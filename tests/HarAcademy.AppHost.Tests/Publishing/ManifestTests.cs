using System.Diagnostics;
using System.Text.Json;
using HarAcademy.AppHost.Tests.Infrastructure;

namespace HarAcademy.AppHost.Tests.Publishing;

/// <summary>
/// Publish mode writes the manifest azd and the Kubernetes generators read: every resource in a deployable form
/// (containers and projects, never <c>executable.v0</c>), wired by expressions, with no secret value inside.
/// </summary>
public sealed class ManifestTests : IAsyncLifetime
{
    private static readonly string[] DeployableTypes = ["container.v0", "container.v1", "project.v0", "parameter.v0", "value.v0"];

    private readonly string _output = Directory.CreateTempSubdirectory("har-manifest-").FullName;
    private JsonElement _resources;

    public async ValueTask InitializeAsync()
    {
        var manifestPath = Path.Combine(_output, "aspire-manifest.json");
        using var process = Process.Start(AppHostProcess.StartInfo(null, "--publisher", "manifest", "--output-path", manifestPath))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"publish failed ({process.ExitCode}): {await output} {await errors}");
        _resources = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath, TestContext.Current.CancellationToken)).RootElement.GetProperty("resources");
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return ValueTask.CompletedTask;
    }

    private JsonElement Resource(string name) => _resources.GetProperty(name);

    [Fact]
    public void Every_resource_has_a_type_azd_deploys()
    {
        Assert.All(_resources.EnumerateObject(), resource => Assert.Contains(resource.Value.GetProperty("type").GetString(), DeployableTypes));
        Assert.Equal(["auth", "courses", "gateway", "payments"], _resources.EnumerateObject().Where(resource => resource.Value.GetProperty("type").GetString() == "project.v0").Select(resource => resource.Name).Order());
    }

    [Theory]
    [InlineData("postgres", "docker.io/library/postgres:15.18", "/var/lib/postgresql/data", "tcp", 5432)]
    [InlineData("redis", "docker.io/library/redis:7.0", "/data", "tcp", 6379)]
    [InlineData("chroma", "docker.io/chromadb/chroma:1.0.0", "/data", "http", 8000)]
    public void Infrastructure_is_a_container_with_a_volume_and_its_binding(string name, string image, string volumeTarget, string binding, int targetPort)
    {
        var resource = Resource(name);
        Assert.Equal("container.v0", resource.GetProperty("type").GetString());
        Assert.Equal(image, resource.GetProperty("image").GetString());
        Assert.Equal(volumeTarget, Assert.Single(resource.GetProperty("volumes").EnumerateArray()).GetProperty("target").GetString());
        Assert.Equal(targetPort, resource.GetProperty("bindings").GetProperty(binding).GetProperty("targetPort").GetInt32());
        Assert.False(resource.GetProperty("bindings").GetProperty(binding).TryGetProperty("external", out _), $"{name} must not be public");
    }

    [Fact]
    public void Database_and_cache_passwords_are_generated_secret_parameters_the_connection_strings_refer_to()
    {
        foreach (var (server, expected) in new[]
        {
            ("postgres", "Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=postgres;Password={postgres-password.value}"),
            ("redis", "{redis.bindings.tcp.host}:{redis.bindings.tcp.port},password={redis-password.value}"),
        })
        {
            Assert.Equal(expected, Resource(server).GetProperty("connectionString").GetString());
            var password = Resource($"{server}-password");
            Assert.Equal("parameter.v0", password.GetProperty("type").GetString());
            var input = password.GetProperty("inputs").GetProperty("value");
            Assert.True(input.GetProperty("secret").GetBoolean());
            Assert.True(input.GetProperty("default").GetProperty("generate").GetProperty("minLength").GetInt32() >= 22);
        }

        Assert.Equal("{postgres-password.value}", Resource("postgres").GetProperty("env").GetProperty("POSTGRES_PASSWORD").GetString());
        Assert.Equal("{postgres.connectionString};Database=har_auth", Resource("authdb").GetProperty("connectionString").GetString());
    }

    [Fact]
    public void Services_are_wired_by_reference_and_only_the_gateway_is_public()
    {
        var auth = Resource("auth").GetProperty("env");
        Assert.Equal("{authdb.connectionString}", auth.GetProperty("ConnectionStrings__authdb").GetString());
        Assert.Equal("{redis.connectionString}", auth.GetProperty("ConnectionStrings__redis").GetString());
        Assert.False(auth.TryGetProperty("ConnectionStrings__coursesdb", out _), "a service sees only its own database");
        var courses = Resource("courses").GetProperty("env");
        Assert.Equal("{coursesdb.connectionString}", courses.GetProperty("ConnectionStrings__coursesdb").GetString());
        Assert.False(courses.TryGetProperty("ConnectionStrings__authdb", out _), "a service sees only its own database");
        Assert.Equal("{courses-media-signing-key.value}", courses.GetProperty("Media__SigningKey").GetString());
        var payments = Resource("payments").GetProperty("env");
        Assert.Equal("{paymentsdb.connectionString}", payments.GetProperty("ConnectionStrings__paymentsdb").GetString());
        Assert.Equal("{courses.bindings.http.url}", payments.GetProperty("services__courses__http__0").GetString());
        // No Stripe keys given: sandbox mode, its events signed with a generated secret.
        Assert.Equal("{payments-webhook-secret.value}", payments.GetProperty("Payments__WebhookSecret").GetString());
        Assert.False(payments.TryGetProperty("Payments__StripeSecretKey", out _));
        Assert.False(Resource("payments").GetProperty("bindings").GetProperty("http").TryGetProperty("external", out _));

        // The AI service: a container built from its Dockerfile, with its own database, Redis, Chroma and the services it
        // calls; its keys are generated parameters.
        var ai = Resource("ai");
        Assert.Equal("container.v1", ai.GetProperty("type").GetString());
        Assert.EndsWith("/services/ai", ai.GetProperty("build").GetProperty("context").GetString()!.TrimEnd('/'));
        Assert.EndsWith("/services/ai/Dockerfile", ai.GetProperty("build").GetProperty("dockerfile").GetString());
        var aiEnv = ai.GetProperty("env");
        Assert.Equal("{aidb.connectionString}", aiEnv.GetProperty("ConnectionStrings__aidb").GetString());
        Assert.Equal("{chroma.connectionString}", aiEnv.GetProperty("ConnectionStrings__chroma").GetString());
        Assert.Equal("{courses.bindings.http.url}", aiEnv.GetProperty("services__courses__http__0").GetString());
        Assert.Equal("{content-sync-key.value}", aiEnv.GetProperty("Ai__ContentSyncKey").GetString());
        Assert.Equal("{content-sync-key.value}", courses.GetProperty("Courses__ContentSyncKey").GetString());
        Assert.Equal("{content-sync-key.value}", auth.GetProperty("Auth__ContentSyncKey").GetString());
        Assert.False(aiEnv.TryGetProperty("Ai__Llm__BaseUrl", out _), "no model configured: local mode");
        Assert.False(ai.GetProperty("bindings").GetProperty("http").TryGetProperty("external", out _));

        var gateway = Resource("gateway");
        Assert.Equal("{auth.bindings.http.url}", gateway.GetProperty("env").GetProperty("services__auth__http__0").GetString());
        Assert.Equal("{courses.bindings.http.url}", gateway.GetProperty("env").GetProperty("services__courses__http__0").GetString());
        Assert.Equal("{payments.bindings.http.url}", gateway.GetProperty("env").GetProperty("services__payments__http__0").GetString());
        Assert.Equal("{ai.bindings.http.url}", gateway.GetProperty("env").GetProperty("services__ai__http__0").GetString());
        Assert.Equal("{web-origins.value}", gateway.GetProperty("env").GetProperty("Cors__Origins").GetString());
        Assert.True(gateway.GetProperty("bindings").GetProperty("http").GetProperty("external").GetBoolean());
        Assert.False(Resource("auth").GetProperty("bindings").GetProperty("http").TryGetProperty("external", out _));
    }

    [Fact]
    public void A_deployment_has_no_development_accounts_and_no_secret_value()
    {
        Assert.False(_resources.TryGetProperty("admin-password", out _));
        Assert.False(_resources.TryGetProperty("demo-password", out _));
        Assert.False(Resource("auth").GetProperty("env").TryGetProperty("Seed__AdminPassword", out _));
        Assert.False(Resource("auth").GetProperty("env").TryGetProperty("DevMailbox__Enabled", out _));
        Assert.False(Resource("courses").GetProperty("env").TryGetProperty("Seed__Catalog", out _));
        // Parameters carry how to get a value (asked for, or generated), never the value.
        Assert.All(_resources.EnumerateObject().Where(resource => resource.Value.GetProperty("type").GetString() == "parameter.v0"), parameter =>
        {
            Assert.Equal($"{{{parameter.Name}.inputs.value}}", parameter.Value.GetProperty("value").GetString());
            Assert.False(parameter.Value.GetProperty("inputs").GetProperty("value").TryGetProperty("default", out var fallback) && fallback.TryGetProperty("value", out _));
        });
    }
}
