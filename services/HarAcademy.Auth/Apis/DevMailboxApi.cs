using System.Net;
using HarAcademy.Auth.Data;
using HarAcademy.Auth.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Apis;

/// <summary>
/// The development mailbox: emails "sent" without an SMTP server, so verification and reset flows can be completed by
/// hand and by tests. It hands out reset links, so it exists only in Development with <c>DevMailbox:Enabled</c> set (the
/// AppHost sets it in run mode), answers only a caller on this machine talking to the service directly (never through
/// the gateway, which refuses the path anyway), and is left out of the OpenAPI document.
/// </summary>
public static class DevMailboxApi
{
    public const string Path = "/api/v1/auth/dev/mailbox";

    public sealed record MailboxMessage(Guid Id, string To, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Channel);

    public static void MapDevMailboxApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !bool.TryParse(app.Configuration["DevMailbox:Enabled"], out var enabled) || !enabled)
        {
            return;
        }

        app.MapGet(Path, Read).AllowAnonymous().ExcludeFromDescription();
    }

    public static async Task<Results<Ok<MailboxMessage[]>, ValidationProblem, NotFound>> Read(string? to, AuthDbContext database, HttpContext context, CancellationToken cancellationToken)
    {
        if (!IsDirectLocalCall(context))
        {
            return TypedResults.NotFound();
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Give the recipient: ?to=name@example.com"] });
        }

        var address = EmailAddresses.LookupForm(to);
        var messages = await database.EmailMessages.AsNoTracking()
            .Where(message => message.To == address)
            .OrderByDescending(message => message.CreatedAt).ThenByDescending(message => message.Id)
            .Take(50)
            .Select(message => new MailboxMessage(message.Id, message.To, message.Subject, message.Body, message.CreatedAt, message.SentAt, message.Channel))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(messages);
    }

    /// <summary>
    /// From this machine, straight to this service: both ends of the connection on loopback, and nothing forwarded (a
    /// proxy in between adds X-Forwarded-For, which the forwarded-headers middleware turns into X-Original-For).
    /// </summary>
    private static bool IsDirectLocalCall(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && (context.Connection.LocalIpAddress is not { } local || IPAddress.IsLoopback(local))
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("X-Original-For");
}
