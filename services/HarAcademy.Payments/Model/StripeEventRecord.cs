namespace HarAcademy.Payments.Model;

/// <summary>
/// A verified webhook event, stored once (its id is the key) before it is answered, then processed. An event that
/// cannot apply yet (a refund of a payment not yet completed) waits and is retried; one that failed is retried with
/// backoff. Nothing is processed twice: processing takes the row's lock and marks it done in the same transaction.
/// </summary>
public sealed class StripeEventRecord
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public long Created { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
