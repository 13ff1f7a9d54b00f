using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using HarAcademy.Gateway.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.Gateway.Tests.Edge;

/// <summary>Tokens from the real auth service, checked at the edge by an in-process gateway whose clock and settings the test controls.</summary>
public sealed class JwtEdgeTests(GraphFixture graph)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpStatusCode> CallMeAsync(GatewayHost host, string token)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications/unread-count");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_valid_token_passes_and_the_same_token_expires_at_the_edge()
    {
        await using var host = new GatewayHost(graph, fakeClock: true);
        var (token, _, _) = await graph.NewUserAsync();

        Assert.Equal(HttpStatusCode.OK, await CallMeAsync(host, token));
        host.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallMeAsync(host, token));
    }

    [Theory]
    [InlineData("Auth:Audience", "some-other-api")]
    [InlineData("Auth:Issuer", "https://someone-else.example")]
    public async Task A_token_for_another_audience_or_from_another_issuer_is_refused(string setting, string value)
    {
        await using var host = new GatewayHost(graph, new Dictionary<string, string?> { [setting] = value });
        var (token, _, _) = await graph.NewUserAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await CallMeAsync(host, token));
    }

    [Fact]
    public async Task A_token_signed_with_an_unknown_key_is_refused()
    {
        await using var host = new GatewayHost(graph);
        using var rsa = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "har-academy-auth",
            Audience = "har-academy-api",
            Expires = DateTime.UtcNow.AddMinutes(10),
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", "admin")]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "rogue-key" }, SecurityAlgorithms.RsaSha256),
        });
        Assert.Equal(HttpStatusCode.Unauthorized, await CallMeAsync(host, forged));
    }

    [Fact]
    public async Task Unsigned_and_tampered_tokens_are_refused()
    {
        await using var host = new GatewayHost(graph);
        var (token, _, _) = await graph.NewUserAsync();
        var parts = token.Split('.');

        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        Assert.Equal(HttpStatusCode.Unauthorized, await CallMeAsync(host, $"{header}.{parts[1]}."));

        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"learner\"", "\"admin\"");
        Assert.Equal(HttpStatusCode.Unauthorized, await CallMeAsync(host, $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallMeAsync(host, "not.a.token"));
    }
}
