using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.EventBus;

public static class EventBusExtensions
{
    /// <summary>
    /// The service's one Redis multiplexer. It does not abort when Redis is down at start-up: it keeps reconnecting,
    /// and health checks report the outage meanwhile.
    /// </summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ =>
            StackExchange.Redis.ConnectionMultiplexer.Connect(connectionString + ",abortConnect=false,connectTimeout=2000"));
        return services;
    }

    /// <summary>Relays <typeparamref name="TContext"/>'s outbox to the Redis stream (needs an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>).</summary>
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.AddHostedService<OutboxRelay<TContext>>();
        return services;
    }

    /// <summary>Consumes <typeparamref name="TEvent"/> from the stream as consumer group <paramref name="group"/> (one group per service).</summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services, string group)
        where TEvent : HarAcademy.Contracts.IntegrationEvent
        where THandler : class, HarAcademy.EventBus.Consumers.IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<HarAcademy.EventBus.Consumers.IIntegrationEventHandler<TEvent>, THandler>();
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<HarAcademy.EventBus.Consumers.StreamConsumer<TEvent>>(provider, group));
        return services;
    }
}
