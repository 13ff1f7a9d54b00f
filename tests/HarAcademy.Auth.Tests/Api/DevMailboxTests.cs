using System.Net;
using HarAcademy.Auth.Apis;
using HarAcademy.Auth.Tests.Infrastructure;

namespace HarAcademy.Auth.Tests.Api;

/// <summary>The development mailbox hands out reset links: it exists only when asked for in Development, for a caller on this machine.</summary>
public sealed class DevMailboxTests(AuthHostFixture fixture, InfrastructureFixture infrastructure) : IClassFixture<AuthHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpStatusCode> ReadAsync(HttpClient client, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{DevMailboxApi.Path}?to=someone@example.com");
        configure?.Invoke(request);
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    [Fact]
    public async Task It_answers_only_a_direct_call_from_this_machine()
    {
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(fixture.Host.CreateBrowser("127.0.0.1")));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(fixture.Host.CreateBrowser("::1")));
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(fixture.Host.CreateBrowser("10.1.2.3")));
        // Through a proxy (the gateway forwards with X-Forwarded-For): not a direct call, whoever is behind it.
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(fixture.Host.CreateBrowser("127.0.0.1"), request => request.Headers.Add("X-Forwarded-For", "127.0.0.1")));
    }

    [Theory]
    [InlineData("Development", "false")]
    [InlineData("Development", null)]
    [InlineData("Production", "true")]
    public async Task It_does_not_exist_unless_enabled_in_development(string environment, string? enabled)
    {
        await using var host = new AuthServiceHost(infrastructure, new Dictionary<string, string?> { ["DevMailbox:Enabled"] = enabled }, environment);
        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(host.CreateBrowser("127.0.0.1")));
    }

    [Fact]
    public async Task It_is_not_in_the_openapi_document()
    {
        var document = await fixture.Host.CreateBrowser().GetStringAsync("/openapi/v1.json", Cancel);
        Assert.Contains("/api/v1/auth/login", document);
        Assert.DoesNotContain("/dev/", document);
    }
}
