using HarAcademy.Gateway.Realtime;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarAcademy.Gateway.Apis;

/// <summary>The signed-in user's notification feed: latest items, unread count, mark read.</summary>
public static class NotificationsApi
{
    public sealed record Feed(IReadOnlyList<NotificationView> Items, long UnreadCount);

    public sealed record UnreadCount(long Count);

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/notifications").RequireAuthorization().RequireRateLimiting(GatewayRateLimiting.PolicyName);
        group.MapGet("/", GetFeed);
        group.MapGet("/unread-count", GetUnreadCount);
        group.MapPost("/{id:guid}/read", MarkRead);
        group.MapPost("/read-all", MarkAllRead);
        return group;
    }

    public static async Task<Results<Ok<Feed>, ValidationProblem>> GetFeed(NotificationStore store, HttpContext context, int limit = 20)
    {
        if (limit is < 1 or > NotificationStore.Capacity)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit is between 1 and {NotificationStore.Capacity}."] });
        }

        var userId = context.User.UserId();
        return TypedResults.Ok(new Feed(await store.LatestAsync(userId, limit), await store.UnreadCountAsync(userId)));
    }

    public static async Task<Ok<UnreadCount>> GetUnreadCount(NotificationStore store, HttpContext context) =>
        TypedResults.Ok(new UnreadCount(await store.UnreadCountAsync(context.User.UserId())));

    public static async Task<Results<NoContent, NotFound>> MarkRead(Guid id, NotificationStore store, HttpContext context) =>
        await store.MarkReadAsync(context.User.UserId(), id) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<NoContent> MarkAllRead(NotificationStore store, HttpContext context)
    {
        await store.MarkAllReadAsync(context.User.UserId());
        return TypedResults.NoContent();
    }
}
