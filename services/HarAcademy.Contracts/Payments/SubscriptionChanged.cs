namespace HarAcademy.Contracts.Payments;

/// <summary>
/// A subscription started, changed plan, renewed, paused or ended: the courses service opens what
/// <paramref name="Grants"/> names (<c>beginner_courses</c>, <c>all_courses</c>) while <paramref name="Status"/> is
/// <c>active</c>, and closes it otherwise. <paramref name="Version"/> orders the changes of one subscription (a late,
/// older one is ignored).
/// </summary>
public sealed record SubscriptionChanged(Guid SubscriptionId, Guid UserId, string Plan, string Status, string Grants, DateTimeOffset? RenewalDate, long Version) : IntegrationEvent;
