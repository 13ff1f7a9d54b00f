using System.Security.Cryptography;
using System.Text;

namespace HarAcademy.Payments.Webhooks;

/// <summary>
/// Signs a payload as Stripe signs its webhooks (<c>Stripe-Signature: t=…,v1=HMAC-SHA256(secret, "t.payload")</c>):
/// the sandbox signs its own events with it, so they pass the same verification (Stripe.net's EventUtility) as
/// Stripe's. Written here because Stripe.net verifies signatures but does not make them.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Stripe-Signature";

    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
