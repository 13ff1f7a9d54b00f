namespace HarAcademy.Contracts.Payments;

/// <summary>A learner paid for a course: the courses service grants the enrollment.</summary>
public sealed record PaymentSucceeded(Guid PaymentId, Guid UserId, Guid CourseId, decimal Amount, string Currency) : IntegrationEvent;

/// <summary>A course payment was refunded: the courses service revokes the enrollment it granted (and its certificate).</summary>
public sealed record PaymentRefunded(Guid PaymentId, Guid UserId, Guid CourseId) : IntegrationEvent;
