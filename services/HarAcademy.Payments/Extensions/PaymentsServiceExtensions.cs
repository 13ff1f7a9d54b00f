using HarAcademy.Contracts.Payments;
using HarAcademy.EventBus;
using HarAcademy.Payments.Checkout;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Fulfilment;
using HarAcademy.Payments.Invoices;
using HarAcademy.Payments.Providers;
using HarAcademy.Payments.Reconciliation;
using HarAcademy.Payments.Sandbox;
using HarAcademy.Payments.Webhooks;
using HarAcademy.ServiceDefaults.Authentication;
using HarAcademy.ServiceDefaults.Data;
using HarAcademy.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Extensions;

public static class PaymentsServiceExtensions
{
    public static WebApplicationBuilder AddPaymentsServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.WebhookSecret), "Payments:WebhookSecret is required (the AppHost generates one; in Stripe mode, the endpoint's whsec_ secret).")
            .ValidateOnStart();
        // Aspire's client integrations: pooled context, retries, health checks and traces for PostgreSQL and Redis.
        builder.AddNpgsqlDbContext<PaymentsDbContext>("paymentsdb", configureDbContextOptions: options => options.UseSnakeCaseNamingConvention());
        // Redis carries the event stream only: without it payments are still taken and recorded (the outbox waits).
        builder.AddRedisClient("redis", settings => settings.DisableHealthChecks = true);
        builder.AddHarJwtValidation();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));

        // The courses service through Aspire's service discovery (services__courses__http__0).
        services.AddHttpClient<CoursesClient>(http => http.BaseAddress = new Uri("http://courses"));
        services.AddHttpClient<SandboxDelivery>();
        AddProvider(services, builder.Configuration);

        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<SubscriptionLedger>();
        services.AddScoped<StripeEventHandlers>();
        services.AddScoped<StripeEventProcessor>();
        services.AddScoped<Reconciler>();
        services.AddSingleton<WebhookRetryWorker.Wake>();
        services.AddHostedService<WebhookRetryWorker>();
        services.AddHostedService<ReconciliationWorker>();
        services.AddOutboxRelay<PaymentsDbContext>();

        services.AddValidation();
        services.AddOpenApi(openApi => openApi.AddSchemaTransformer<ClientTypedSchemas>());
        return builder;
    }

    /// <summary>Stripe when a secret key is configured, the sandbox otherwise (README: "Payments: modes").</summary>
    private static void AddProvider(IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        if (settings.Mode == Model.PaymentModes.Sandbox)
        {
            services.AddScoped<SandboxPaymentProvider>();
            services.AddScoped<IPaymentProvider>(provider => provider.GetRequiredService<SandboxPaymentProvider>());
            return;
        }

        services.AddHttpClient("stripe");
        services.AddSingleton<Stripe.IStripeClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PaymentsOptions>>().Value;
            return new Stripe.StripeClient(new Stripe.StripeClientOptions
            {
                ApiKey = options.StripeSecretKey,
                ApiBase = string.IsNullOrEmpty(options.StripeApiBase) ? Stripe.StripeClient.DefaultApiBase : options.StripeApiBase,
                HttpClient = new Stripe.SystemNetHttpClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient("stripe")),
            });
        });
        services.AddScoped<IPaymentProvider, StripePaymentProvider>();
    }

    public static Task PrepareDatabaseAsync(this WebApplication app) => app.MigrateDatabaseAsync<PaymentsDbContext>();
}
