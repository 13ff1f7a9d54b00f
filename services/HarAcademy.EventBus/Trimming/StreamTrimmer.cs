using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Trimming;

/// <summary>
/// Removes from the event stream what every consumer group has handled, every <see cref="EventBusOptions.TrimInterval"/>
/// (real time). Publishing does not cap the stream (<c>XADD MAXLEN</c> would drop entries a slow group has not read;
/// Redis 7 has no trim mode that spares them), so this pass finds the oldest entry any group still needs and trims
/// below it (<c>XTRIM MINID</c>). Several processes may trim at once: each pass only removes what every group is past.
/// </summary>
internal sealed class StreamTrimmer(IConnectionMultiplexer redis, IOptions<EventBusOptions> options, ILogger<StreamTrimmer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TrimInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await TrimAsync(EventStream.Name, EventStream.MaxLength);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Trimming the event stream failed; retrying at the next pass");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// One pass over <paramref name="stream"/>: keeps every entry a group has not acknowledged or not read yet, removes
    /// the rest; with no group at all, keeps the newest <paramref name="maxLength"/>. Returns how many entries it removed.
    /// </summary>
    internal async Task<long> TrimAsync(RedisKey stream, int maxLength)
    {
        var database = redis.GetDatabase();
        if (!await database.KeyExistsAsync(stream))
        {
            return 0; // nothing published yet (XINFO GROUPS would fail)
        }

        var groups = await database.StreamGroupInfoAsync(stream);
        if (groups.Length == 0)
        {
            // Nobody reads the stream (yet): a group is created at the stream's end, so these would never be read.
            return await database.StreamTrimAsync(stream, maxLength);
        }

        var (oldestNeeded, holder) = await OldestNeededAsync(database, stream, groups);
        var removed = await database.StreamTrimByMinIdAsync(stream, oldestNeeded.ToString());
        var length = await database.StreamLengthAsync(stream);
        if (length > maxLength)
        {
            logger.LogWarning(
                "Event stream {Stream} holds {Length} entries (more than {MaxLength}) because consumer group {Group} still needs them " +
                "from {EntryId} on ({Pending} pending, {Lag} unread). If that group's service is gone for good, remove the group " +
                "(XGROUP DESTROY) so the stream can be trimmed",
                stream, length, maxLength, holder.Name, oldestNeeded, holder.PendingMessageCount, holder.Lag);
        }

        return removed;
    }

    /// <summary>
    /// The lowest id some group still needs, and that group: its oldest pending entry (read but not acknowledged), else
    /// the entry after the last one delivered to it. The groups are read before their pending entries, so an entry
    /// delivered in between is either pending by then or after the last-delivered id read: never trimmed.
    /// </summary>
    private static async Task<(StreamId Id, StreamGroupInfo Group)> OldestNeededAsync(IDatabase database, RedisKey stream, StreamGroupInfo[] groups)
    {
        (StreamId Id, StreamGroupInfo Group)? oldest = null;
        foreach (var group in groups)
        {
            var needed = StreamId.Parse(group.LastDeliveredId ?? "0-0").Next();
            if (group.PendingMessageCount > 0)
            {
                var pending = await database.StreamPendingAsync(stream, group.Name);
                if (pending.PendingMessageCount > 0 && StreamId.Parse(pending.LowestPendingMessageId.ToString()) is var lowest && lowest.Precedes(needed))
                {
                    needed = lowest;
                }
            }

            if (oldest is null || needed.Precedes(oldest.Value.Id))
            {
                oldest = (needed, group);
            }
        }

        return oldest!.Value;
    }
}
