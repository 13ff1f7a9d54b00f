namespace HarAcademy.Contracts.Users;

public sealed record UserRegistered(Guid UserId, string Email, string FirstName, string LastName, string Role, string Language) : IntegrationEvent;

public sealed record UserUpdated(Guid UserId, string FirstName, string LastName, string? AvatarUrl, string Language) : IntegrationEvent;

public sealed record UserRoleChanged(Guid UserId, string OldRole, string NewRole) : IntegrationEvent;

/// <summary>The account was deleted and its personal data anonymized; consumers drop what they copied of it.</summary>
public sealed record UserDeleted(Guid UserId) : IntegrationEvent;

/// <summary>An admin suspended or reactivated the account.</summary>
public sealed record UserStatusChanged(Guid UserId, string OldStatus, string NewStatus) : IntegrationEvent;
