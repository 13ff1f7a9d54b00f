namespace HarAcademy.Payments.Webhooks;

/// <summary>What processing an event came to: done (applied, or nothing to do), or to retry later and why.</summary>
public sealed record EventOutcome(bool Done, string? WaitReason = null)
{
    public static readonly EventOutcome Applied = new(true);

    /// <summary>The event names something we do not know yet (a refund of a payment whose completion has not arrived).</summary>
    public static EventOutcome Wait(string reason) => new(false, reason);
}
