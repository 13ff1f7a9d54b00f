using System.Net.Http.Json;
using HarAcademy.ServiceDefaults.Authentication;
using HarAcademy.ServiceDefaults.Forwarding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HarAcademy.ServiceDefaults.Tests;

/// <summary>"Also close": a client that reached a service's port directly shed its per-address limits with any X-Forwarded-For.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Proof = "the-gateway-proof-for-this-test";

    private static Task<TestServiceHost> StartAsync(bool aspireTrustsEveryone = true) => TestServiceHost.StartAsync(
        app => app.MapGet("/whoami", (HttpContext context) => Results.Ok(new
        {
            ip = context.ClientIp(),
            proof_seen = context.Request.Headers.ContainsKey(GatewayForwardedHeaders.ProofHeader),
        })),
        settings: new Dictionary<string, string?>
        {
            [GatewayForwardedHeaders.ProofSetting] = Proof,
            // What Aspire sets for every project: ASP.NET Core's forwarded headers, trusting any sender.
            ["ForwardedHeaders_Enabled"] = aspireTrustsEveryone ? "true" : null,
        });

    private static async Task<(string Ip, bool ProofSeen)> AskAsync(TestServiceHost service, string forwardedFor, string? proof)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proof is not null)
        {
            request.Headers.Add(GatewayForwardedHeaders.ProofHeader, proof);
        }

        using var response = await service.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        return (body.GetProperty("ip").GetString()!, body.GetProperty("proof_seen").GetBoolean());
    }

    [Fact]
    public async Task X_forwarded_for_is_believed_only_from_the_gateway()
    {
        await using var service = await StartAsync();

        Assert.Equal("127.0.0.1", (await AskAsync(service, "203.0.113.5", proof: null)).Ip);
        Assert.Equal("127.0.0.1", (await AskAsync(service, "203.0.113.5", proof: "a-guess")).Ip);
        var fromGateway = await AskAsync(service, "203.0.113.5", Proof);
        Assert.Equal("203.0.113.5", fromGateway.Ip);
        Assert.False(fromGateway.ProofSeen, "the secret must not travel further than the first middleware");
    }
}
