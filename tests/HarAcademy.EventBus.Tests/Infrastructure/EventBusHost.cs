using HarAcademy.Contracts;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>
/// A process-like host wired as a service wires the event bus: a producer (its own database, the outbox relay) and/or
/// consumers (handlers in one group), over the real PostgreSQL and Redis.
/// </summary>
public sealed class EventBusHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EventBusHost(IHost host) => _host = host;

    public Received Received => _host.Services.GetRequiredService<Received>();

    public CourseListingHandler.Attempts ListingAttempts => _host.Services.GetRequiredService<CourseListingHandler.Attempts>();

    public IDatabase Redis => _host.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    /// <param name="database">The service's database (outbox relay on; the inbox of groups registered with
    /// <see cref="CatalogDbContext"/>), or null for a consumer without one.</param>
    /// <param name="consumers">The handlers, registered with <c>AddEventHandler</c>.</param>
    /// <param name="poll">Fallback poll of relay and consumers: long, so only the wake-ups can deliver in a test's time.</param>
    public static async Task<EventBusHost> StartAsync(
        InfrastructureFixture infrastructure, string? database, Action<IServiceCollection> consumers, TimeSpan? poll = null,
        Action<EventBusOptions>? options = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["ConnectionStrings:redis"] = infrastructure.RedisConnectionString;
        builder.Configuration["ConnectionStrings:catalogdb"] = database;
        var services = builder.Services;
        builder.AddRedisClient("redis");
        services.Configure<EventBusOptions>(bus =>
        {
            bus.PollInterval = poll ?? TimeSpan.FromMinutes(10);
            options?.Invoke(bus);
        });
        services.AddSingleton<Received>();
        services.AddSingleton<FailingOnceHandler.Attempts>();
        services.AddSingleton<CourseListingHandler.Attempts>();
        if (database is not null)
        {
            builder.AddNpgsqlDbContext<CatalogDbContext>("catalogdb", configureDbContextOptions: db => db.UseSnakeCaseNamingConvention());
            services.AddOutboxRelay<CatalogDbContext>();
        }

        consumers(services);
        var host = builder.Build();
        if (database is not null)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        return new EventBusHost(host);
    }

    /// <summary>Saves a course and <paramref name="events"/> in one SaveChanges, as a service's endpoint does.</summary>
    public async Task SaveAsync(params IntegrationEvent[] events)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        context.Courses.Add(new Course { Id = Guid.CreateVersion7(), Title = "A course" });
        foreach (var integrationEvent in events)
        {
            context.AddEvent(integrationEvent);
        }

        await context.SaveChangesAsync();
    }

    /// <summary>
    /// Puts <paramref name="integrationEvent"/> on the stream as a relay does, without an outbox: a test can publish
    /// the same event twice, as a relay does after a publish whose acknowledgement was lost. Returns the entry id.
    /// </summary>
    public async Task<RedisValue> PublishAsync(IntegrationEvent integrationEvent)
    {
        var entryId = await Redis.StreamAddAsync(EventStream.Name,
        [
            new NameValueEntry("id", integrationEvent.EventId.ToString()),
            new NameValueEntry("type", integrationEvent.EventType),
            new NameValueEntry("payload", System.Text.Json.JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), OutboxModel.PayloadJson)),
        ]);
        await Redis.PublishAsync(EventStream.PublishedChannel, 1);
        return entryId;
    }

    public async Task<T> InScopeAsync<T>(Func<CatalogDbContext, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
    }

    /// <summary>Waits until consumer group <paramref name="group"/> exists (it starts at the stream's end).</summary>
    public async Task WaitForGroupAsync(string group)
    {
        var ready = await Poll.UntilAsync(() =>
        {
            try
            {
                return Redis.StreamGroupInfo(EventStream.Name).Any(info => info.Name == group);
            }
            catch (RedisServerException)
            {
                return false; // no stream yet
            }
        }, TimeSpan.FromSeconds(10));
        Assert.True(ready, $"consumer group {group} was not created");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
