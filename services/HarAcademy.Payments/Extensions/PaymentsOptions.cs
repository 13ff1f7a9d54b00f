using HarAcademy.Payments.Model;

namespace HarAcademy.Payments.Extensions;

/// <summary>Settings of section <c>Payments</c> (the AppHost fills them; README "The payments service").</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>Stripe's secret key (sk_test_… / sk_live_…). Without it the service runs in sandbox mode.</summary>
    public string? StripeSecretKey { get; set; }

    /// <summary>Where Stripe.net sends its requests: Stripe itself unless set (the tests' Stripe double).</summary>
    public string? StripeApiBase { get; set; }

    /// <summary>The webhook endpoint's signing secret: Stripe's (whsec_…), or in sandbox mode the AppHost's generated one.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Seconds a signed event stays acceptable (Stripe's default tolerance).</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>The web app's address: checkout success and cancel pages, the sandbox's checkout page.</summary>
    public string PublicWebUrl { get; set; } = "http://localhost:3000";

    /// <summary>VAT included in every price (France).</summary>
    public int TaxRatePercent { get; set; } = 20;

    /// <summary>How long a checkout stays open (Stripe's minimum is 30 minutes).</summary>
    public TimeSpan CheckoutLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A pending payment this old is checked against the provider by reconciliation (its webhook may be lost).</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often reconciliation runs (0 turns the periodic run off; the dashboard command still runs it).</summary>
    public TimeSpan ReconciliationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long before a renewal the subscriber is told about it.</summary>
    public TimeSpan RenewalNotice { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The secret the AppHost's dashboard commands send (reconcile now); commands are refused without it.</summary>
    public string? OperatorKey { get; set; }

    public string Mode => string.IsNullOrWhiteSpace(StripeSecretKey) ? PaymentModes.Sandbox : PaymentModes.Stripe;
}
