using HarAcademy.EventBus.Tests.Infrastructure;
using HarAcademy.EventBus.Trimming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Tests;

/// <summary>
/// Trim passes over the real Redis, each on a stream of its own: the shared event stream carries the groups of every
/// other test, which (rightly) keep it from being trimmed.
/// </summary>
public sealed class StreamTrimmerTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const int Cap = 1_000;
    private readonly RecordingLogger<StreamTrimmer> _log = new();
    private readonly RedisKey _stream = $"test:events:{Guid.NewGuid():N}";
    private ConnectionMultiplexer? _redis;

    private IDatabase Redis => _redis!.GetDatabase();

    public async ValueTask InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.RedisConnectionString);

    [Fact]
    public async Task Entries_a_group_has_pending_are_kept_and_what_every_group_acknowledged_is_removed()
    {
        var ids = await AddEntriesAsync(10);
        await ReadAndAcknowledgeAsync("caught-up", count: 10);
        await CreateGroupAsync("lagging", "0");
        var read = await Redis.StreamReadGroupAsync(_stream, "lagging", "consumer", ">", 4);
        await Redis.StreamAcknowledgeAsync(_stream, "lagging", [read[0].Id, read[1].Id]); // ids[2] and ids[3] stay pending

        await Trimmer().TrimAsync(_stream, Cap);

        Assert.Equal(ids[2..], await RemainingAsync());

        // Caught up, the lagging group no longer holds anything back.
        await Redis.StreamAcknowledgeAsync(_stream, "lagging", [read[2].Id, read[3].Id]);
        await ReadAndAcknowledgeAsync("lagging", count: 6, create: false);

        await Trimmer().TrimAsync(_stream, Cap);

        Assert.Empty(await RemainingAsync());
    }

    [Fact]
    public async Task Entries_a_group_has_not_read_yet_are_kept()
    {
        var ids = await AddEntriesAsync(10);
        await ReadAndAcknowledgeAsync("caught-up", count: 10);
        await CreateGroupAsync("behind", ids[4]); // read up to the fifth entry, nothing pending

        await Trimmer().TrimAsync(_stream, Cap);

        Assert.Equal(ids[5..], await RemainingAsync());

        await ReadAndAcknowledgeAsync("behind", count: 2, create: false);

        await Trimmer().TrimAsync(_stream, Cap);

        Assert.Equal(ids[7..], await RemainingAsync());
    }

    [Fact]
    public async Task A_stream_no_group_reads_keeps_its_newest_entries_up_to_the_cap()
    {
        var ids = await AddEntriesAsync(10);

        await Trimmer().TrimAsync(_stream, maxLength: 4);

        Assert.Equal(ids[6..], await RemainingAsync());
    }

    [Fact]
    public async Task A_group_that_holds_the_stream_past_the_cap_keeps_its_entries_and_is_reported()
    {
        var ids = await AddEntriesAsync(10);
        await ReadAndAcknowledgeAsync("alive", count: 10);
        await CreateGroupAsync("abandoned", "0");

        await Trimmer().TrimAsync(_stream, maxLength: 4);

        Assert.Equal(ids, await RemainingAsync());
        var warning = Assert.Single(_log.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("abandoned", warning.Message, StringComparison.Ordinal);
        Assert.Contains("10 entries", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pass_over_a_stream_not_created_yet_does_nothing()
    {
        Assert.Equal(0, await Trimmer().TrimAsync(_stream, Cap));
        Assert.False(await Redis.KeyExistsAsync(_stream));
    }

    [Theory]
    [InlineData("1700000000000-0", "1700000000000-1")]
    [InlineData("1700000000000-18446744073709551615", "1700000000001-0")]
    public void The_id_after_another_is_the_lowest_one_greater(string id, string next) =>
        Assert.Equal(next, StreamId.Parse(id).Next().ToString());

    private StreamTrimmer Trimmer() => new(_redis!, Options.Create(new EventBusOptions()), _log);

    private async Task<RedisValue[]> AddEntriesAsync(int count)
    {
        var ids = new RedisValue[count];
        for (var index = 0; index < count; index++)
        {
            ids[index] = await Redis.StreamAddAsync(_stream, "index", index);
        }

        return ids;
    }

    private Task CreateGroupAsync(string group, RedisValue position) => Redis.StreamCreateConsumerGroupAsync(_stream, group, position);

    private async Task ReadAndAcknowledgeAsync(string group, int count, bool create = true)
    {
        if (create)
        {
            await CreateGroupAsync(group, "0");
        }

        var read = await Redis.StreamReadGroupAsync(_stream, group, "consumer", ">", count);
        Assert.Equal(count, read.Length);
        await Redis.StreamAcknowledgeAsync(_stream, group, [.. read.Select(entry => entry.Id)]);
    }

    private async Task<RedisValue[]> RemainingAsync() => [.. (await Redis.StreamRangeAsync(_stream)).Select(entry => entry.Id)];

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await Redis.KeyDeleteAsync(_stream);
            await _redis.DisposeAsync();
        }
    }
}
