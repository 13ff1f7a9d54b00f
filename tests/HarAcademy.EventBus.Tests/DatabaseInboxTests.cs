using HarAcademy.EventBus.Inbox;
using HarAcademy.EventBus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Tests;

/// <summary>
/// Groups registered with a DbContext: the handler's changes and the inbox row commit together, so an event takes
/// effect exactly once whatever is redelivered, over real PostgreSQL and Redis. The stream is shared with the tests
/// running alongside, so each test looks only at its own entries and courses.
/// </summary>
public sealed class DatabaseInboxTests(InfrastructureFixture infrastructure)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_same_event_published_twice_changes_the_database_once()
    {
        var group = NewGroup();
        await using var consumer = await StartConsumerAsync(await infrastructure.CreateDatabaseAsync(), group);
        var duplicate = new CourseCreated(Guid.NewGuid(), "Twice");

        // As a relay does after a publish whose acknowledgement was lost: the same event id on the stream twice.
        var first = await consumer.PublishAsync(duplicate);
        var second = await consumer.PublishAsync(duplicate);

        Assert.True(await Poll.UntilAsync(() => StreamGroups.AcknowledgedAsync(consumer, group, first, second), Delivery));
        Assert.Equal(1, await ListingsAsync(consumer, duplicate));
        Assert.Equal(1, await InboxRowsAsync(consumer, group, duplicate));
        Assert.Equal(1, consumer.ListingAttempts.Of(duplicate.EventId)); // the second copy never reached the handler
    }

    [Fact]
    public async Task An_entry_redelivered_after_its_commit_is_acknowledged_without_running_its_handler_again()
    {
        var group = NewGroup();
        var created = new CourseCreated(Guid.NewGuid(), "Redelivered");
        var interruptions = 0;
        await using var consumer = await StartConsumerAsync(await infrastructure.CreateDatabaseAsync(), group, bus =>
        {
            (bus.RetryPendingAfter, bus.ReclaimInterval) = (TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(200));
            // The first commit is not acknowledged, as if Redis dropped the connection right then: it stays pending.
            bus.AfterCommit = entry => IsOf(entry, created) && Interlocked.Increment(ref interruptions) == 1
                ? throw new InvalidOperationException("Lost before the acknowledgement, on purpose.")
                : Task.CompletedTask;
        });

        var entryId = await consumer.PublishAsync(created);

        Assert.True(await Poll.UntilAsync(() => Volatile.Read(ref interruptions) >= 1, Delivery));
        Assert.True(await Poll.UntilAsync(() => StreamGroups.AcknowledgedAsync(consumer, group, entryId), Delivery));
        Assert.Equal(1, await ListingsAsync(consumer, created));
        Assert.Equal(1, consumer.ListingAttempts.Of(created.EventId));
        Assert.Equal(1, Volatile.Read(ref interruptions)); // the redelivery committed nothing: no second AfterCommit
    }

    [Fact]
    public async Task A_consumer_killed_between_commit_and_acknowledgement_leaves_the_next_one_nothing_to_apply()
    {
        var group = NewGroup();
        var database = await infrastructure.CreateDatabaseAsync();
        var created = new CourseCreated(Guid.NewGuid(), "Killed");
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = await StartConsumerAsync(database, group, bus => bus.AfterCommit = entry =>
        {
            if (!IsOf(entry, created))
            {
                return Task.CompletedTask; // another test's event
            }

            committed.TrySetResult();
            throw new InvalidOperationException("Killed after the commit, before the acknowledgement, on purpose.");
        });

        var entryId = await killed.PublishAsync(created);
        await committed.Task.WaitAsync(Delivery, TestContext.Current.CancellationToken);
        await killed.DisposeAsync();

        // What the crash left: the effect committed once, the entry still pending.
        await using (var observer = await EventBusHost.StartAsync(infrastructure, database, _ => { }))
        {
            Assert.True(await StreamGroups.IsPendingAsync(observer, group, entryId));
            Assert.Equal(1, await ListingsAsync(observer, created));
        }

        await using var next = await StartConsumerAsync(database, group, bus =>
            (bus.RetryPendingAfter, bus.ReclaimInterval) = (TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(200)));

        Assert.True(await Poll.UntilAsync(() => StreamGroups.AcknowledgedAsync(next, group, entryId), Delivery));
        Assert.Equal(1, await ListingsAsync(next, created));
        Assert.Equal(1, await InboxRowsAsync(next, group, created));
        Assert.Equal(0, next.ListingAttempts.Of(created.EventId)); // reclaimed, found in the inbox, acknowledged
    }

    [Fact]
    public async Task A_handler_that_fails_commits_nothing_and_its_retry_applies_it_once()
    {
        var group = NewGroup();
        await using var consumer = await StartConsumerAsync(await infrastructure.CreateDatabaseAsync(), group, bus =>
            (bus.RetryPendingAfter, bus.ReclaimInterval) = (TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(200)));
        var failing = new CourseCreated(Guid.NewGuid(), "Fails once");
        var fine = new CourseCreated(Guid.NewGuid(), "Fine");
        consumer.ListingAttempts.FailingOnce[failing.CourseId] = true;

        var failingEntry = await consumer.PublishAsync(failing);
        await consumer.PublishAsync(fine);

        // The consumer handles entries in order, so once the later one is committed the failed attempt has rolled back.
        // Its retry waits for the test to open Retries before writing anything.
        Assert.True(await Poll.UntilAsync(async () => await ListingsAsync(consumer, fine) == 1, Delivery));
        Assert.True(consumer.ListingAttempts.Of(failing.EventId) >= 1);
        Assert.Equal(0, await ListingsAsync(consumer, failing)); // saved by the handler, rolled back with its inbox row
        Assert.Equal(0, await InboxRowsAsync(consumer, group, failing));
        Assert.True(await StreamGroups.IsPendingAsync(consumer, group, failingEntry));

        consumer.ListingAttempts.Retries.SetResult();

        Assert.True(await Poll.UntilAsync(() => StreamGroups.AcknowledgedAsync(consumer, group, failingEntry), Delivery));
        Assert.Equal(1, await ListingsAsync(consumer, failing));
        Assert.Equal(1, await InboxRowsAsync(consumer, group, failing));
        Assert.Equal(2, consumer.ListingAttempts.Of(failing.EventId));
    }

    /// <summary>
    /// A consumer polling often: a pending entry is only reclaimed during a pass, and once the test's events are
    /// published nothing may wake the consumer for one.
    /// </summary>
    private async Task<EventBusHost> StartConsumerAsync(string database, string group, Action<EventBusOptions>? options = null)
    {
        var host = await EventBusHost.StartAsync(infrastructure, database,
            services => services.AddEventHandler<CourseCreated, CourseListingHandler, CatalogDbContext>(group),
            poll: TimeSpan.FromMilliseconds(200), options: options);
        await host.WaitForGroupAsync(group);
        return host;
    }

    private static string NewGroup() => $"test-{Guid.NewGuid():N}";

    private static bool IsOf(StreamEntry entry, CourseCreated created) => entry["id"] == created.EventId.ToString();

    private static Task<int> ListingsAsync(EventBusHost host, CourseCreated created) =>
        host.InScopeAsync(db => db.Listings.CountAsync(listing => listing.CourseId == created.CourseId));

    private static Task<int> InboxRowsAsync(EventBusHost host, string group, CourseCreated created) =>
        host.InScopeAsync(db => db.Set<InboxMessage>().CountAsync(row => row.ConsumerGroup == group && row.EventId == created.EventId));
}
