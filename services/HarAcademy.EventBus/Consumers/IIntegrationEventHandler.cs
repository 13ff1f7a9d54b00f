using HarAcademy.Contracts;

namespace HarAcademy.EventBus.Consumers;

/// <summary>
/// Handles one kind of integration event; resolved in a scope of its own for each event.
/// <para>
/// In a group registered with a DbContext (<c>AddEventHandler&lt;TEvent, THandler, TContext&gt;</c>, every service with a
/// database) the handler is applied exactly once: it changes entities through the scoped <c>TContext</c> and calls
/// <c>SaveChangesAsync</c>, which joins the transaction the consumer opened with the group's inbox row; the consumer
/// commits both, or rolls both back if a handler throws (the event is then retried). So the handler must not begin or
/// commit a transaction itself, and should have no effect outside that database: such an effect is not rolled back,
/// and is repeated on a retry (or on a replay of the transaction after a transient database failure).
/// </para>
/// <para>
/// In a group registered without one (<c>AddEventHandler&lt;TEvent, THandler&gt;</c>, for a service without a database),
/// the inbox is in Redis and written after the handler: an event may be applied again after a crash, so the handler
/// must be idempotent in effect.
/// </para>
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
