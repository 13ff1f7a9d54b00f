using System.Text.Json;
using HarAcademy.Contracts.Notifications;
using StackExchange.Redis;

namespace HarAcademy.Gateway.Realtime;

public sealed record NotificationView(Guid Id, string Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool Read);

/// <summary>
/// Each user's latest notifications in Redis (shared by every gateway replica): a hash of notifications by id, a
/// sorted set ordering them by time (capped at <see cref="Capacity"/>), and a set of the unread ones. Adding is
/// idempotent by the event id, so a redelivered event never shows twice.
/// </summary>
public sealed class NotificationStore(IConnectionMultiplexer redis)
{
    public const int Capacity = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<NotificationView> AddAsync(UserNotification notification)
    {
        var view = new NotificationView(notification.EventId, notification.Kind, notification.Title, notification.Body, notification.Link, notification.OccurredAt, Read: false);
        var (items, index, unread) = Keys(notification.UserId);
        var id = view.Id.ToString();
        var database = redis.GetDatabase();
        var transaction = database.CreateTransaction();
        _ = transaction.HashSetAsync(items, id, JsonSerializer.Serialize(view, Json));
        _ = transaction.SortedSetAddAsync(index, id, view.CreatedAt.ToUnixTimeMilliseconds());
        _ = transaction.SetAddAsync(unread, id);
        await transaction.ExecuteAsync();

        // Trim the oldest beyond the capacity, with their bodies and unread marks.
        var overflow = await database.SortedSetRangeByRankAsync(index, 0, -Capacity - 1);
        if (overflow.Length > 0)
        {
            await database.SortedSetRemoveAsync(index, overflow);
            await database.HashDeleteAsync(items, overflow);
            await database.SetRemoveAsync(unread, overflow);
        }

        return view;
    }

    public async Task<IReadOnlyList<NotificationView>> LatestAsync(Guid userId, int limit)
    {
        var (items, index, unread) = Keys(userId);
        var database = redis.GetDatabase();
        var ids = await database.SortedSetRangeByRankAsync(index, 0, limit - 1, Order.Descending);
        if (ids.Length == 0)
        {
            return [];
        }

        var bodies = await database.HashGetAsync(items, ids);
        var unreadIds = (await database.SetMembersAsync(unread)).Select(value => (string)value!).ToHashSet();
        return bodies.Where(body => body.HasValue)
            .Select(body => JsonSerializer.Deserialize<NotificationView>((string)body!, Json)!)
            .Select(view => view with { Read = !unreadIds.Contains(view.Id.ToString()) })
            .ToArray();
    }

    public async Task<long> UnreadCountAsync(Guid userId) => await redis.GetDatabase().SetLengthAsync(Keys(userId).Unread);

    /// <summary>Marks one notification read; false when the user has no such notification.</summary>
    public async Task<bool> MarkReadAsync(Guid userId, Guid notificationId)
    {
        var (items, _, unread) = Keys(userId);
        var database = redis.GetDatabase();
        if (!await database.HashExistsAsync(items, notificationId.ToString()))
        {
            return false;
        }

        await database.SetRemoveAsync(unread, notificationId.ToString());
        return true;
    }

    public Task MarkAllReadAsync(Guid userId) => redis.GetDatabase().KeyDeleteAsync(Keys(userId).Unread);

    private static (RedisKey Items, RedisKey Index, RedisKey Unread) Keys(Guid userId) =>
        ($"notifications:{userId}:items", $"notifications:{userId}:index", $"notifications:{userId}:unread");
}
