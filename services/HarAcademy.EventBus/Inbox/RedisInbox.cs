using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Inbox;

/// <summary>
/// The inbox of a group without a database (the gateway's notifications): handled event ids in Redis, kept a week,
/// written after the handlers ran. A process that dies between the two applies the event again on its redelivery, so
/// these handlers must be idempotent in effect; a service with a database uses <see cref="DatabaseInbox{TContext}"/>.
/// </summary>
internal sealed class RedisInbox(string group, IConnectionMultiplexer redis, IServiceScopeFactory scopes, ILogger<AfterCommit> logger) : IEventInbox
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<bool> HandleOnceAsync(string eventId, string eventType, Func<IServiceProvider, Task> handle, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var key = $"inbox:{group}:{eventId}";
        if (await database.KeyExistsAsync(key))
        {
            return false;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await handle(scope.ServiceProvider);
            await scope.ServiceProvider.GetRequiredService<AfterCommit>().RunAsync(logger);
        }

        await database.StringSetAsync(key, "1", Lifetime);
        return true;
    }
}
