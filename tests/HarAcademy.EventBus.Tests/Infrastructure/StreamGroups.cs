using HarAcademy.EventBus.Trimming;
using StackExchange.Redis;

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>What a consumer group did with given entries. The stream is shared with the tests running alongside, so the
/// group's last-delivered id is compared with the entries, never expected to equal one of them.</summary>
internal static class StreamGroups
{
    public static async Task<bool> IsPendingAsync(EventBusHost host, string group, RedisValue entryId) =>
        (await host.Redis.StreamPendingMessagesAsync(EventStream.Name, group, 1, RedisValue.Null, entryId, entryId)).Length == 1;

    /// <summary>Every one of <paramref name="entryIds"/> delivered to the group and acknowledged.</summary>
    public static async Task<bool> AcknowledgedAsync(EventBusHost host, string group, params RedisValue[] entryIds)
    {
        var info = (await host.Redis.StreamGroupInfoAsync(EventStream.Name)).Single(candidate => candidate.Name == group);
        var lastDelivered = StreamId.Parse(info.LastDeliveredId ?? "0-0");
        foreach (var entryId in entryIds)
        {
            if (lastDelivered.Precedes(StreamId.Parse(entryId.ToString())) || await IsPendingAsync(host, group, entryId))
            {
                return false;
            }
        }

        return true;
    }
}
