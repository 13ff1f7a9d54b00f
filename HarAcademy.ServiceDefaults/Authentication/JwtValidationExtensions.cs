using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HarAcademy.ServiceDefaults.Discovery;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>
/// Validation of the auth service's RS256 access tokens, for the gateway (at the edge) and every service (again,
/// defense in depth). Keys come from auth's discovery document and JWKS, found through service discovery
/// (<c>services:auth</c>) or <c>Auth:Authority</c>; they are cached and refetched when a token names an unknown key.
/// </summary>
public static class JwtValidationExtensions
{
    public static TBuilder AddHarJwtValidation<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((jwt, clock) =>
            {
                var authority = configuration["Auth:Authority"] ?? ServiceEndpoints.Of(configuration, "auth").FirstOrDefault()
                    ?? throw new InvalidOperationException("No auth service endpoint: set services:auth:http:0 (the AppHost does) or Auth:Authority.");
                jwt.MetadataAddress = $"{authority.TrimEnd('/')}/api/v1/auth/.well-known/openid-configuration";
                // Inside the graph auth is reached over loopback or the cluster network; TLS ends at the edge.
                jwt.RequireHttpsMetadata = configuration.GetValue("Auth:RequireHttpsMetadata", false);
                jwt.MapInboundClaims = false;
                jwt.RefreshInterval = TimeSpan.FromSeconds(10); // an unknown kid refetches the JWKS at most this often
                jwt.AutomaticRefreshInterval = TimeSpan.FromMinutes(10);
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
