using HarAcademy.Contracts;

namespace HarAcademy.EventBus.Tests.Infrastructure;

public sealed record CourseCreated(Guid CourseId, string Title) : IntegrationEvent;

public sealed record CourseArchived(Guid CourseId) : IntegrationEvent;

/// <summary>An event no test consumer handles.</summary>
public sealed record CourseRenamed(Guid CourseId, string Title) : IntegrationEvent;
