using HarAcademy.Contracts;
using HarAcademy.EventBus.Consumers;
using HarAcademy.EventBus.Inbox;
using HarAcademy.EventBus.Outbox;
using HarAcademy.EventBus.Trimming;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HarAcademy.EventBus;

public static class EventBusExtensions
{
    /// <summary>
    /// Relays <typeparamref name="TContext"/>'s outbox to the Redis stream, and trims the stream of what every consumer
    /// group has handled (needs an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>: Aspire's <c>AddRedisClient</c>).
    /// </summary>
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHostedService<StreamTrimmer>(); // once per process, however many outboxes it relays
        return services;
    }

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> (scoped) as consumer group
    /// <paramref name="group"/>, for a service without a database: handled events are remembered in Redis, written after
    /// the handler, so the handler must be idempotent in effect. A service with a database uses the overload taking its
    /// DbContext. One group per service, shared by its replicas, read by one consumer per process whatever the number of
    /// handlers.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services, string group)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        => services.AddEventHandler<TEvent, THandler>(group, inboxContext: null,
            provider => ActivatorUtilities.CreateInstance<RedisInbox>(provider, group));

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> (scoped) as consumer group
    /// <paramref name="group"/>, exactly once in effect: each event is handled in a transaction of
    /// <typeparamref name="TContext"/> (scoped, resolved by the handler) that also inserts the group's inbox row, so the
    /// handler's changes commit with the record that the event was handled, and a redelivery is only acknowledged. The
    /// model must map the inbox (<see cref="InboxModel.AddInbox"/>); every handler of the group uses the same context.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler, TContext>(this IServiceCollection services, string group)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        where TContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddEventHandler<TEvent, THandler>(group, typeof(TContext),
            provider => ActivatorUtilities.CreateInstance<DatabaseInbox<TContext>>(provider, group));
    }

    private static IServiceCollection AddEventHandler<TEvent, THandler>(
        this IServiceCollection services, string group, Type? inboxContext, Func<IServiceProvider, IEventInbox> createInbox)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        var isNewGroup = Registry(services).Add<TEvent>(group, inboxContext); // first: it refuses a mismatched context
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        services.TryAddScoped<Inbox.AfterCommit>();
        if (isNewGroup)
        {
            // Not AddHostedService: it keeps one registration per implementation type, so a second group would get no consumer.
            services.AddSingleton<IHostedService>(provider =>
                ActivatorUtilities.CreateInstance<StreamConsumer>(provider, group, createInbox(provider)));
        }

        return services;
    }

    private static EventHandlerRegistry Registry(IServiceCollection services)
    {
        if (services.FirstOrDefault(service => service.ServiceType == typeof(EventHandlerRegistry) && !service.IsKeyedService)?.ImplementationInstance is EventHandlerRegistry existing)
        {
            return existing;
        }

        var registry = new EventHandlerRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
