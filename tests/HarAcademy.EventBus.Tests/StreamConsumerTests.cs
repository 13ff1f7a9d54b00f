using HarAcademy.EventBus.Tests.Infrastructure;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Tests;

/// <summary>Consumers over the real stream: dispatch by type, at-least-once with an inbox, replicas, retries.</summary>
public sealed class StreamConsumerTests(InfrastructureFixture infrastructure)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task One_group_with_handlers_for_two_types_gives_each_handler_its_own_events()
    {
        var group = NewGroup();
        var courseId = Guid.NewGuid();
        await using var producer = await EventBusHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync(), _ => { });
        await using var consumer = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group)
            .AddEventHandler<CourseArchived, RecordingHandler<CourseArchived>>(group));
        await consumer.WaitForGroupAsync(group);

        await producer.SaveAsync(new CourseCreated(courseId, "Excel"), new CourseRenamed(courseId, "Excel 2"), new CourseArchived(courseId));

        Assert.True(await Poll.UntilAsync(() =>
            consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId).Count == 1
            && consumer.Received.Of<CourseArchived>(e => e.CourseId == courseId).Count == 1, Delivery));
        // The type nobody handles was acknowledged, not left pending.
        Assert.True(await Poll.UntilAsync(() => Pending(consumer, group) == 0, Delivery));
    }

    [Fact]
    public async Task A_redelivered_event_is_handled_once()
    {
        var group = NewGroup();
        await using var consumer = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group), poll: TimeSpan.FromMilliseconds(100));
        await consumer.WaitForGroupAsync(group);
        var duplicate = new CourseCreated(Guid.NewGuid(), "Twice");

        // As a relay does after a publish whose acknowledgement was lost: the same event id on the stream twice.
        var copies = new RedisValue[2];
        for (var copy = 0; copy < 2; copy++)
        {
            copies[copy] = await consumer.Redis.StreamAddAsync(EventStream.Name,
            [
                new NameValueEntry("id", duplicate.EventId.ToString()),
                new NameValueEntry("type", nameof(CourseCreated)),
                new NameValueEntry("payload", System.Text.Json.JsonSerializer.Serialize(duplicate, Outbox.OutboxModel.PayloadJson)),
            ]);
        }

        Assert.True(await Poll.UntilAsync(() => StreamGroups.AcknowledgedAsync(consumer, group, copies), Delivery));
        Assert.Single(consumer.Received.Of<CourseCreated>(e => e.CourseId == duplicate.CourseId));
    }

    [Fact]
    public async Task Replicas_sharing_a_group_handle_each_event_once_between_them()
    {
        var group = NewGroup();
        var courseId = Guid.NewGuid();
        await using var producer = await EventBusHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync(), _ => { });
        await using var first = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group));
        await using var second = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group));
        await first.WaitForGroupAsync(group);

        for (var index = 0; index < 20; index++)
        {
            await producer.SaveAsync(new CourseCreated(courseId, $"Lesson {index}"));
        }

        IReadOnlyList<CourseCreated> All() =>
            [.. first.Received.Of<CourseCreated>(e => e.CourseId == courseId), .. second.Received.Of<CourseCreated>(e => e.CourseId == courseId)];
        Assert.True(await Poll.UntilAsync(() => All().Count >= 20, Delivery));
        await Task.Delay(300, TestContext.Current.CancellationToken); // any duplicate would arrive right behind
        Assert.Equal(20, All().Select(e => e.EventId).Distinct().Count());
        Assert.Equal(20, All().Count);
    }

    [Fact]
    public async Task A_failed_handler_is_retried_later_without_holding_up_the_events_behind_it()
    {
        var group = NewGroup();
        var courseId = Guid.NewGuid();
        await using var producer = await EventBusHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync(), _ => { });
        await using var consumer = await EventBusHost.StartAsync(infrastructure, null,
            services => services.AddEventHandler<CourseCreated, FailingOnceHandler>(group),
            poll: TimeSpan.FromMilliseconds(200),
            options: bus => (bus.RetryPendingAfter, bus.ReclaimInterval) = (TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(200)));
        await consumer.WaitForGroupAsync(group);

        await producer.SaveAsync(new CourseCreated(courseId, "fail-once"));
        await producer.SaveAsync(new CourseCreated(courseId, "fine"));

        // The second event does not wait for the first one's retry...
        Assert.True(await Poll.UntilAsync(() => consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId).Count == 1, Delivery));
        Assert.Equal("fine", consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId)[0].Title);
        Assert.Equal(1, Pending(consumer, group));
        // ...and the first one is handled on its retry, once.
        Assert.True(await Poll.UntilAsync(() => consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId).Count == 2, Delivery));
        Assert.True(await Poll.UntilAsync(() => Pending(consumer, group) == 0, Delivery));
        Assert.Equal(["fine", "fail-once"], consumer.Received.Of<CourseCreated>(e => e.CourseId == courseId).Select(e => e.Title));
    }

    [Fact]
    public async Task Events_published_while_a_service_was_down_are_handled_when_it_comes_back()
    {
        var group = NewGroup();
        var courseId = Guid.NewGuid();
        await using var producer = await EventBusHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync(), _ => { });
        var before = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group));
        await before.WaitForGroupAsync(group);
        await before.DisposeAsync();

        await producer.SaveAsync(new CourseCreated(courseId, "While down"));
        await using var after = await EventBusHost.StartAsync(infrastructure, null, services => services
            .AddEventHandler<CourseCreated, RecordingHandler<CourseCreated>>(group));

        Assert.True(await Poll.UntilAsync(() => after.Received.Of<CourseCreated>(e => e.CourseId == courseId).Count == 1, Delivery));
    }

    private static string NewGroup() => $"test-{Guid.NewGuid():N}";

    private static StreamGroupInfo Group(EventBusHost host, string group) =>
        host.Redis.StreamGroupInfo(EventStream.Name).Single(info => info.Name == group);

    private static long Pending(EventBusHost host, string group) => Group(host, group).PendingMessageCount;
}
