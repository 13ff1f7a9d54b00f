using HarAcademy.EventBus.Outbox;
using HarAcademy.EventBus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.EventBus.Tests;

/// <summary>The transactional outbox and its relay over real PostgreSQL and Redis.</summary>
public sealed class OutboxRelayTests(InfrastructureFixture infrastructure)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_committed_event_reaches_a_consumer_at_once_not_at_the_next_poll()
    {
        // Relay and consumer poll every 10 minutes here: only the wake-ups (commit -> relay, publish notice ->
        // consumer) can deliver within the test's seconds.
        var group = $"test-{Guid.NewGuid():N}";
        var courseId = Guid.NewGuid();
        await using var producer = await EventBusHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync(), _ => { });
        await using var consumer = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group));
        await consumer.WaitForGroupAsync(group);

        await producer.SaveAsync(new CourseCreated(courseId, "Power Query"));

        Assert.True(await Poll.UntilAsync(() => consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId).Count == 1, Delivery));
        var row = await producer.InScopeAsync(db => db.Set<OutboxMessage>().SingleAsync());
        Assert.NotNull(row.PublishedAt);
    }

    [Fact]
    public async Task An_event_whose_change_rolled_back_is_never_published()
    {
        var group = $"test-{Guid.NewGuid():N}";
        var courseId = Guid.NewGuid();
        await using var producer = await EventBusHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync(), _ => { });
        await using var consumer = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group)
            .AddEventHandler<CourseArchived, RecordingHandler<CourseArchived>>(group));
        await consumer.WaitForGroupAsync(group);

        // As a service would: the transaction as one unit of the (retrying) execution strategy.
        await producer.InScopeAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddEvent(new CourseCreated(courseId, "Rolled back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return true;
        }));
        await producer.SaveAsync(new CourseArchived(courseId));

        // The relay publishes in commit order, so once the later event is through, the earlier one would have been too.
        Assert.True(await Poll.UntilAsync(() => consumer.Received.Of<CourseArchived>(e => e.CourseId == courseId).Count == 1, Delivery));
        Assert.Empty(consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId));
        Assert.Equal(0, await producer.InScopeAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null)));
    }
}
