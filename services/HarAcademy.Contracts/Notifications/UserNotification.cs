namespace HarAcademy.Contracts.Notifications;

/// <summary>
/// A message for one user's notification feed. Any service publishes it; the gateway keeps the user's latest ones and
/// pushes each, in real time, to that user's open connections only.
/// </summary>
public sealed record UserNotification(Guid UserId, string Kind, string Title, string Body, string? Link = null) : IntegrationEvent;
