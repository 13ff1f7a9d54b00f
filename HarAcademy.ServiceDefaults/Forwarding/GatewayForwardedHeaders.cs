using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.ServiceDefaults.Forwarding;

/// <summary>
/// Whose <c>X-Forwarded-For</c> a service believes. Aspire turns on ASP.NET Core's forwarded headers in every project
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>) trusting any sender, so a client that reached a service's port directly
/// chose the address its limits were counted under. Here the headers are believed only on requests that prove they
/// came through the gateway: <see cref="ProofHeader"/> carries a secret the AppHost generates and gives to the gateway
/// and the services alone. A secret rather than a list of known proxy addresses, because on one machine every sender
/// is on loopback and no address tells the gateway apart (in a cluster, a network policy can add that too).
/// </summary>
public static class GatewayForwardedHeaders
{
    public const string ProofHeader = "X-Har-Gateway-Proof";

    /// <summary>The setting (environment <c>ForwardedHeaders__GatewayProof</c>) that holds the secret at the services.</summary>
    public const string ProofSetting = "ForwardedHeaders:GatewayProof";

    /// <summary>Switches off the trust-everyone forwarded headers; <see cref="UseGatewayForwardedHeaders"/> replaces them.</summary>
    public static IServiceCollection AddGatewayForwardedHeaders(this IServiceCollection services) =>
        services.PostConfigure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.None);

    public static WebApplication UseGatewayForwardedHeaders(this WebApplication app)
    {
        if (app.Configuration[ProofSetting] is not { Length: > 0 } proof)
        {
            return app; // no gateway in front (a test host): the connection's own address counts
        }

        var expected = Encoding.UTF8.GetBytes(proof);
        var fromGateway = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        fromGateway.KnownIPNetworks.Clear(); // proven by the secret, whatever the address
        fromGateway.KnownProxies.Clear();
        app.UseWhen(context => context.Request.Headers[ProofHeader] is [{ } presented]
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected),
            branch => branch.UseForwardedHeaders(fromGateway));
        app.Use((context, next) =>
        {
            context.Request.Headers.Remove(ProofHeader); // no later code, log or trace sees the secret
            return next(context);
        });
        return app;
    }
}
