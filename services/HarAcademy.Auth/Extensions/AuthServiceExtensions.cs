using HarAcademy.Auth.Apis;
using HarAcademy.Auth.Data;
using HarAcademy.Auth.Email;
using HarAcademy.Auth.Security;
using HarAcademy.Auth.Seeding;
using HarAcademy.Auth.Tokens;
using HarAcademy.EventBus;
using HarAcademy.ServiceDefaults.Authentication;
using HarAcademy.ServiceDefaults.Data;
using HarAcademy.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Extensions;

public static class AuthServiceExtensions
{
    public static WebApplicationBuilder AddAuthServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).Configure(options =>
        {
            // Plain-HTTP development cannot use Secure cookies; everywhere else they are Secure.
            if (builder.Environment.IsDevelopment() && builder.Configuration[$"{AuthOptions.Section}:SecureCookies"] is null)
            {
                options.SecureCookies = false;
            }
        });

        // Aspire's client integrations: pooled context, retries, health checks and traces for PostgreSQL and Redis.
        builder.AddNpgsqlDbContext<AuthDbContext>("authdb", configureDbContextOptions: options => options.UseSnakeCaseNamingConvention());
        // Redis only slows guessing down (throttles) and carries events: without it auth keeps signing people in on
        // this replica's own counts, so its health says Degraded, not Unhealthy.
        builder.AddRedisClient("redis", settings => settings.DisableHealthChecks = true);
        services.AddHealthChecks().AddCheck<ThrottleStoreHealthCheck>("redis", failureStatus: HealthStatus.Degraded);
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);

        services.AddSingleton<SigningKeySeal>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<ThrottleCounters>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<RefreshCookie>();
        services.AddScoped<RefreshTokenService>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<DeviceCookie>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<DevelopmentSeeder>();
        services.AddHostedService<EmailDispatcher>();
        services.AddOutboxRelay<AuthDbContext>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyStore, IOptions<AuthOptions>, TimeProvider>((jwt, keys, auth, clock) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = AccessTokenValidation.Parameters(auth.Value.Issuer, auth.Value.Audience, clock);
                // Auth holds the keys itself: no JWKS round trip, the store's snapshot answers.
                jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => keys.GetPublishedKeys();
                jwt.Events = new JwtBearerEvents { OnTokenValidated = RevokedSessionsExtensions.RefuseEndedSessions };
            });
        services.AddRevokedSessions();
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminUsersApi.AdminPolicy, policy => policy.RequireRole(Model.Roles.Admin).AddRequirements(new CurrentAdminRequirement()));
        services.AddScoped<IAuthorizationHandler, CurrentAdminHandler>();

        services.AddValidation();
        // The document names the public address (the gateway), not whichever Host the request came with.
        services.AddOpenApi(openApi => openApi.AddSchemaTransformer<ClientTypedSchemas>().AddDocumentTransformer((document, context, _) =>
        {
            var publicUrl = context.ApplicationServices.GetRequiredService<IOptions<AuthOptions>>().Value.PublicUrl;
            document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = publicUrl.TrimEnd('/') }];
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Migrates the database (from empty up), loads the signing keys, then seeds development accounts.</summary>
    public static Task PrepareDatabaseAsync(this WebApplication app) =>
        app.MigrateDatabaseAsync<AuthDbContext>(async (services, cancellationToken) =>
        {
            await services.GetRequiredService<SigningKeyStore>().LoadAsync(cancellationToken);
            if (app.Environment.IsDevelopment())
            {
                await services.GetRequiredService<DevelopmentSeeder>().SeedAsync(cancellationToken);
            }
        });
}
