using HarAcademy.Contracts.Payments;
using HarAcademy.Contracts.Users;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Events;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Media;
using HarAcademy.Courses.Seeding;
using HarAcademy.EventBus;
using HarAcademy.ServiceDefaults.Authentication;
using HarAcademy.ServiceDefaults.Data;
using HarAcademy.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace HarAcademy.Courses.Extensions;

public static class CoursesServiceExtensions
{
    /// <summary>The consumer group of this service on the event stream (its replicas share it).</summary>
    public const string EventGroup = "courses";

    public static WebApplicationBuilder AddCoursesServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Aspire's client integrations: pooled context, retries, health checks and traces for PostgreSQL and Redis.
        builder.AddNpgsqlDbContext<CoursesDbContext>("coursesdb", configureDbContextOptions: options => options.UseSnakeCaseNamingConvention());
        // Redis holds the cache's second level, the event stream and session revocations: without it the service
        // still answers (from PostgreSQL), so it does not fail the health check.
        builder.AddRedisClient("redis", settings => settings.DisableHealthChecks = true);
        builder.AddHarJwtValidation();
        // Deny by default: an endpoint is open only where it says AllowAnonymous (the public catalog reads).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddCatalogCache();
        services.AddMediaStore(builder.Configuration);
        services.AddScoped<People>();
        services.AddScoped<ProgressRecorder>();
        services.AddScoped<EnrollmentGrants>();
        services.AddScoped<DevelopmentSeeder>();
        services.AddSingleton<DemoVideoClips>();

        services.AddOutboxRelay<CoursesDbContext>();
        services.AddEventHandler<UserRegistered, UserEventsHandler, CoursesDbContext>(EventGroup);
        services.AddEventHandler<UserUpdated, UserEventsHandler, CoursesDbContext>(EventGroup);
        services.AddEventHandler<UserRoleChanged, UserEventsHandler, CoursesDbContext>(EventGroup);
        services.AddEventHandler<UserDeleted, UserEventsHandler, CoursesDbContext>(EventGroup);
        services.AddEventHandler<PaymentSucceeded, PaymentEventsHandler, CoursesDbContext>(EventGroup);
        services.AddEventHandler<PaymentRefunded, PaymentEventsHandler, CoursesDbContext>(EventGroup);
        services.AddEventHandler<SubscriptionChanged, SubscriptionEventsHandler, CoursesDbContext>(EventGroup);

        services.AddValidation();
        services.AddOpenApi(openApi => openApi.AddSchemaTransformer<ClientTypedSchemas>().AddDocumentTransformer((document, context, _) =>
        {
            // The document names the public address (the gateway), not whichever Host the request came with.
            if (context.ApplicationServices.GetRequiredService<IConfiguration>()["Courses:PublicUrl"] is { Length: > 0 } publicUrl)
            {
                document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = publicUrl.TrimEnd('/') }];
            }

            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Migrates the database (from empty up), then seeds the development catalog.</summary>
    public static Task PrepareDatabaseAsync(this WebApplication app) =>
        app.MigrateDatabaseAsync<CoursesDbContext>(async (services, cancellationToken) =>
        {
            if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Seed:Catalog", false))
            {
                await services.GetRequiredService<DevelopmentSeeder>().SeedAsync(cancellationToken);
            }
        });
}
