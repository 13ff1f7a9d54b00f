using HarAcademy.Contracts;

namespace HarAcademy.EventBus.Consumers;

/// <summary>Handles one kind of integration event. Must be idempotent in effect; the consumer also skips duplicates it has seen.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
