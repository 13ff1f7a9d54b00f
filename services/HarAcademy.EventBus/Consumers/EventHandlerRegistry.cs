using System.Text.Json;
using HarAcademy.Contracts;
using HarAcademy.EventBus.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.EventBus.Consumers;

/// <summary>
/// Which event types each consumer group of this process handles, and where the group keeps its inbox. One
/// <see cref="StreamConsumer"/> per group reads the stream and dispatches every entry to the handlers of its type, so a
/// service with several handlers neither reads the stream several times nor acknowledges an event one of its handlers
/// has not seen.
/// </summary>
public sealed class EventHandlerRegistry
{
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    /// <summary>Calls every handler of one event type, resolved from <paramref name="services"/> (the caller's scope).</summary>
    internal delegate Task Dispatcher(IServiceProvider services, string payload, CancellationToken cancellationToken);

    /// <param name="InboxContext">The DbContext whose database holds the group's inbox, or null for the Redis inbox.</param>
    private sealed record Group(Type? InboxContext, Dictionary<string, Dispatcher> Types);

    /// <summary>
    /// Adds <typeparamref name="TEvent"/> to <paramref name="group"/>; true when the group is new. A group's handlers all
    /// write through one context (<paramref name="inboxContext"/>), so that one transaction covers the inbox row and
    /// every change they make: a registration naming another one is refused.
    /// </summary>
    internal bool Add<TEvent>(string group, Type? inboxContext) where TEvent : IntegrationEvent
    {
        if (_groups.TryGetValue(group, out var existing))
        {
            if (existing.InboxContext != inboxContext)
            {
                throw new InvalidOperationException(
                    $"Consumer group '{group}' keeps its inbox in {Describe(existing.InboxContext)}, so {typeof(TEvent).Name} cannot be " +
                    $"handled in it through {Describe(inboxContext)}: every handler of a group writes through the same DbContext.");
            }

            existing.Types[typeof(TEvent).Name] = DispatchAsync<TEvent>;
            return false;
        }

        _groups.Add(group, new Group(inboxContext, new Dictionary<string, Dispatcher>(StringComparer.Ordinal) { [typeof(TEvent).Name] = DispatchAsync<TEvent> }));
        return true;
    }

    internal Dispatcher? Find(string group, string eventType) =>
        _groups.TryGetValue(group, out var registered) && registered.Types.TryGetValue(eventType, out var dispatcher) ? dispatcher : null;

    private static string Describe(Type? inboxContext) => inboxContext is null ? "Redis (registered without a DbContext)" : inboxContext.Name;

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
