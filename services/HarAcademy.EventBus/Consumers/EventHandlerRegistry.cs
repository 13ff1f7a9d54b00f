using System.Text.Json;
using HarAcademy.Contracts;
using HarAcademy.EventBus.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.EventBus.Consumers;

/// <summary>
/// Which event types each consumer group of this process handles. One <see cref="StreamConsumer"/> per group reads
/// the stream and dispatches every entry to the handlers of its type, so a service with several handlers neither
/// reads the stream several times nor acknowledges an event one of its handlers has not seen.
/// </summary>
public sealed class EventHandlerRegistry
{
    private readonly Dictionary<string, Dictionary<string, Dispatcher>> _groups = new(StringComparer.Ordinal);

    /// <summary>Calls every handler of one event type, in a scope of its own.</summary>
    internal delegate Task Dispatcher(IServiceProvider services, string payload, CancellationToken cancellationToken);

    /// <summary>Adds <typeparamref name="TEvent"/> to <paramref name="group"/>; true when the group is new.</summary>
    internal bool Add<TEvent>(string group) where TEvent : IntegrationEvent
    {
        var isNew = !_groups.TryGetValue(group, out var types);
        if (isNew)
        {
            types = new Dictionary<string, Dispatcher>(StringComparer.Ordinal);
            _groups.Add(group, types);
        }

        types![typeof(TEvent).Name] = DispatchAsync<TEvent>;
        return isNew;
    }

    internal Dispatcher? Find(string group, string eventType) =>
        _groups.TryGetValue(group, out var types) && types.TryGetValue(eventType, out var dispatcher) ? dispatcher : null;

    private static async Task DispatchAsync<TEvent>(IServiceProvider services, string payload, CancellationToken cancellationToken)
        where TEvent : IntegrationEvent
    {
        var integrationEvent = JsonSerializer.Deserialize<TEvent>(payload, OutboxModel.PayloadJson)
            ?? throw new JsonException($"Empty {typeof(TEvent).Name} payload.");
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync(integrationEvent, cancellationToken);
        }
    }
}
