using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using HarAcademy.ServiceDefaults.Discovery;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>
/// Validation of the auth service's RS256 access tokens, for the gateway (at the edge) and every service (again,
/// defense in depth). Keys come from auth's JWKS, found through service discovery (<c>services:auth</c>) or
/// <c>Auth:Authority</c>; they are cached and refetched when a token names an unknown key. A valid signature is not
/// enough: the token must be typed <c>at+jwt</c> and its session not ended (<see cref="RevokedSessions"/>).
/// </summary>
public static class JwtValidationExtensions
{
    public static TBuilder AddHarJwtValidation<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider, IHostEnvironment>((jwt, clock, environment) =>
            {
                var authority = configuration["Auth:Authority"] ?? ServiceEndpoints.Of(configuration, "auth").FirstOrDefault()
                    ?? throw new InvalidOperationException("No auth service endpoint: set services:auth:http:0 (the AppHost does) or Auth:Authority.");
                // Keys over HTTPS outside Development, unless the operator says the internal network is trusted (the
                // AppHost does for its local run, where everything is on loopback).
                var requireHttps = configuration.GetValue("Auth:RequireHttpsMetadata", !environment.IsDevelopment());
                jwt.RequireHttpsMetadata = requireHttps;
                jwt.MapInboundClaims = false;
                jwt.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    $"{authority.TrimEnd('/')}/api/v1/auth/.well-known/jwks.json",
                    new JwksRetriever(),
                    new HttpDocumentRetriever(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }) { RequireHttps = requireHttps })
                {
                    // A token naming an unknown key (signed by a key just rotated in) refetches the JWKS, at most
                    // this often: short, so a rotation is seen within a second; made-up key ids cost one fetch a second.
                    RefreshInterval = TimeSpan.FromSeconds(1),
                    AutomaticRefreshInterval = TimeSpan.FromMinutes(10),
                };
                jwt.TokenValidationParameters = AccessTokenValidation.Parameters(
                    configuration["Auth:Issuer"] ?? AccessTokenValidation.DefaultIssuer,
                    configuration["Auth:Audience"] ?? AccessTokenValidation.DefaultAudience,
                    clock);
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RevokedSessionsExtensions.RefuseEndedSessions,
                    // Browsers cannot set headers on WebSocket connects: SignalR sends the token in the query string.
                    OnMessageReceived = context =>
                    {
                        if (context.HttpContext.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                    // Keys that cannot be fetched mean auth is down: say so (503), rather than blaming the token.
                    OnChallenge = async context =>
                    {
                        if (context.AuthenticateFailure is InvalidOperationException { Message: var message } && message.Contains("IDX20803", StringComparison.Ordinal))
                        {
                            context.HandleResponse();
                            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                            await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                            {
                                HttpContext = context.HttpContext,
                                ProblemDetails = { Status = 503, Title = "Service Unavailable", Detail = "Tokens cannot be checked right now: the auth service is unreachable." },
                            });
                        }
                    },
                };
            });
        builder.Services.AddRevokedSessions();
        builder.Services.AddAuthorization();
        return builder;
    }
}
