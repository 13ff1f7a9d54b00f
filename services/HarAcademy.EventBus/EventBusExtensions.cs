using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.EventBus;

public static class EventBusExtensions
{
    /// <summary>Relays <typeparamref name="TContext"/>'s outbox to the Redis stream (needs an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>).</summary>
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.AddHostedService<OutboxRelay<TContext>>();
        return services;
    }
}
