using System.Text;
using System.Text.Json.Nodes;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Sandbox;

/// <summary>
/// Sandbox mode's Stripe: signs each event with the webhook secret and posts it to this service's own webhook endpoint,
/// retrying a few times as Stripe would. What is not delivered in the end is what reconciliation repairs.
/// </summary>
public sealed class SandboxDelivery(HttpClient http, IServer server, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<SandboxDelivery> logger)
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    /// <summary>Delivers the events in order; true when every one was accepted.</summary>
    public async Task<bool> DeliverAsync(IEnumerable<JsonObject> events, CancellationToken cancellationToken)
    {
        foreach (var stripeEvent in events)
        {
            if (!await DeliverOneAsync(stripeEvent.ToJsonString(), cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> DeliverOneAsync(string payload, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(OwnAddress(), "api/v1/payments/webhooks/stripe"))
                {
                    Content = new StringContent(payload, Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation(WebhookSignature.Header, WebhookSignature.Sign(payload, options.Value.WebhookSecret, clock.GetUtcNow()));
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }

                logger.LogWarning("Sandbox event delivery answered {Status}", (int)response.StatusCode);
            }
            catch (HttpRequestException exception)
            {
                logger.LogWarning(exception, "Sandbox event delivery failed");
            }

            if (attempt >= Backoff.Length)
            {
                return false;
            }

            await Task.Delay(Backoff[attempt], clock, cancellationToken);
        }
    }

    /// <summary>This process's own HTTP address (Kestrel's), loopback.</summary>
    private Uri OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The service has no HTTP address to deliver sandbox events to.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
