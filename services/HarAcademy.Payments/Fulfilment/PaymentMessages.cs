using HarAcademy.Contracts.Notifications;
using HarAcademy.Payments.Model;

namespace HarAcademy.Payments.Fulfilment;

/// <summary>The notifications payments sends (through the gateway's live channel), in the buyer's language.</summary>
public static class PaymentMessages
{
    public const string PaymentsPage = "/account/payments";
    public const string SubscriptionPage = "/account/subscription";

    public static UserNotification Succeeded(PaymentTransaction t) => new(t.UserId, "payment_succeeded",
        En(t.Language) ? "Payment received" : "Paiement reçu",
        En(t.Language) ? $"Thank you: \"{t.Description}\" is paid. Your invoice is ready." : $"Merci : « {t.Description} » est réglé. Votre facture est prête.",
        t.Kind == TransactionKinds.Course && t.CourseId is { } course ? $"/courses/{course}" : PaymentsPage);

    public static UserNotification Failed(PaymentTransaction t) => new(t.UserId, "payment_failed",
        En(t.Language) ? "Payment failed" : "Paiement refusé",
        En(t.Language) ? $"The payment for \"{t.Description}\" did not go through. You have not been charged." : $"Le paiement de « {t.Description} » n'a pas abouti. Vous n'avez pas été débité·e.",
        PaymentsPage);

    public static UserNotification Refunded(PaymentTransaction t, long amount) => new(t.UserId, "payment_refunded",
        En(t.Language) ? "Refund issued" : "Remboursement effectué",
        En(t.Language) ? $"{Money(amount, t.Currency)} refunded for \"{t.Description}\"." : $"{Money(amount, t.Currency)} remboursés pour « {t.Description} ».",
        PaymentsPage);

    public static UserNotification SubscriptionChanged(Subscription s, string what) => new(s.UserId, "subscription_changed",
        En(s.Language) ? "Your subscription" : "Votre abonnement",
        what, SubscriptionPage);

    public static string SubscriptionStatusText(Subscription s) => (En(s.Language), s.Status, s.CancelAtPeriodEnd) switch
    {
        (true, SubscriptionStatuses.Active, true) => $"Plan {s.Plan} ends on {s.RenewalDate:yyyy-MM-dd}.",
        (true, SubscriptionStatuses.Active, false) => $"Plan {s.Plan} is active.",
        (true, SubscriptionStatuses.Paused, _) => $"Plan {s.Plan} is paused: the last payment failed.",
        (true, _, _) => $"Plan {s.Plan} has ended.",
        (false, SubscriptionStatuses.Active, true) => $"La formule {s.Plan} prend fin le {s.RenewalDate:dd/MM/yyyy}.",
        (false, SubscriptionStatuses.Active, false) => $"La formule {s.Plan} est active.",
        (false, SubscriptionStatuses.Paused, _) => $"La formule {s.Plan} est suspendue : le dernier paiement a échoué.",
        _ => $"La formule {s.Plan} a pris fin.",
    };

    public static UserNotification RenewalSoon(Subscription s) => new(s.UserId, "subscription_renewal_soon",
        En(s.Language) ? "Renewal soon" : "Renouvellement proche",
        En(s.Language) ? $"Plan {s.Plan} renews on {s.RenewalDate:yyyy-MM-dd} for {Money(s.AmountPerMonth, s.Currency)}." : $"La formule {s.Plan} sera renouvelée le {s.RenewalDate:dd/MM/yyyy} pour {Money(s.AmountPerMonth, s.Currency)}.",
        SubscriptionPage);

    public static UserNotification RenewalFailed(Subscription s) => new(s.UserId, "payment_failed",
        En(s.Language) ? "Renewal payment failed" : "Échec du paiement du renouvellement",
        En(s.Language) ? $"We could not renew plan {s.Plan}. Update your card to keep your access." : $"Nous n'avons pas pu renouveler la formule {s.Plan}. Mettez à jour votre carte pour garder l'accès.",
        SubscriptionPage);

    /// <summary>What a plan's payments are called on the buyer's list and invoices.</summary>
    public static string PlanDescription(Plan plan, string language) =>
        En(language) ? $"Har Academy {Capitalized(plan.Name)} plan (monthly)" : $"Abonnement Har Academy {Capitalized(plan.Name)} (mensuel)";

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>Minor units as "49.00 EUR": exact integer arithmetic, no floating point.</summary>
    public static string Money(long minor, string currency) => $"{minor / 100}.{Math.Abs(minor % 100):00} {currency}";

    private static bool En(string language) => language == "en";
}
