using HarAcademy.Contracts;
using HarAcademy.EventBus.Consumers;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HarAcademy.EventBus;

public static class EventBusExtensions
{
    /// <summary>Relays <typeparamref name="TContext"/>'s outbox to the Redis stream (needs an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>: Aspire's <c>AddRedisClient</c>).</summary>
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<OutboxRelay<TContext>>();
        return services;
    }

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> (scoped) as consumer group
    /// <paramref name="group"/>: one group per service, shared by its replicas, read by one consumer per process
    /// whatever the number of handlers.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services, string group)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        if (Registry(services).Add<TEvent>(group))
        {
            services.AddHostedService(provider => ActivatorUtilities.CreateInstance<StreamConsumer>(provider, group));
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
