using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HarAcademy.AppHost.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>The graph a developer runs: everything healthy, the public door on DCP's proxy over two gateway replicas.</summary>
[Collection(WholeGraphCollection.Name)]
public sealed class WholeGraphTests(WholeGraphFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_resource_is_running_and_healthy_with_both_gateway_replicas()
    {
        foreach (var name in new[] { "postgres", "redis", "chroma", "authdb", "coursesdb", "paymentsdb", "aidb", "auth", "courses", "payments", "ai" })
        {
            var resource = await fixture.Application.CurrentAsync(name);
            Assert.True(resource.Snapshot.State?.Text == KnownResourceStates.Running, $"{name}: {resource.Snapshot.State?.Text}");
            Assert.True(resource.Snapshot.HealthStatus == HealthStatus.Healthy, $"{name}: {resource.Snapshot.HealthStatus}");
        }

        foreach (var replica in await fixture.Graph.ReplicaAddressesAsync("gateway", replicas: 2))
        {
            using var client = new HttpClient { BaseAddress = replica };
            Assert.Equal("Healthy", await client.GetStringAsync("/health", Cancel));
        }
    }

    [Fact]
    public async Task The_public_door_reaches_auth_and_its_database_through_dcp_proxy()
    {
        using var client = fixture.Application.CreateHttpClient("gateway");
        using var keys = await client.GetAsync("/api/v1/auth/.well-known/jwks.json", Cancel);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);

        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = WholeGraphFixture.AdminEmail, password = WholeGraphFixture.AdminPassword }, Cancel);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode); // the admin the AppHost's parameters seeded
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users/me");
        me.Headers.Authorization = new("Bearer", token);
        using var profile = await client.SendAsync(me, Cancel);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(WholeGraphFixture.AdminEmail, (await profile.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Services_run_from_their_build_output_in_the_apphost_environment_with_only_their_own_database()
    {
        var auth = await fixture.Application.CurrentAsync("auth");
        Assert.EndsWith($"/services/HarAcademy.Auth/bin/{Repository.BuildConfiguration}/net10.0/HarAcademy.Auth", auth.Property("executable.path")?.ToString());
        Assert.Equal("Development", auth.Environment("ASPNETCORE_ENVIRONMENT"));
        Assert.NotNull(auth.Environment("ConnectionStrings__authdb"));
        Assert.Null(auth.Environment("ConnectionStrings__coursesdb"));

        var gateway = await fixture.Application.CurrentAsync("gateway");
        Assert.Equal(fixture.Application.GetEndpoint("auth", "http").ToString().TrimEnd('/'), gateway.Environment("services__auth__http__0")?.TrimEnd('/'));
        Assert.Null(gateway.Environment("ConnectionStrings__authdb"));
    }
}
