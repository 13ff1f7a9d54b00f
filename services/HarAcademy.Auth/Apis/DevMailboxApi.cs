using HarAcademy.Auth.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Apis;

/// <summary>
/// Development only: the mailbox of emails "sent" without an SMTP server, so verification and reset flows can be
/// completed by hand and by end-to-end tests. Never mapped outside Development.
/// </summary>
public static class DevMailboxApi
{
    public sealed record MailboxMessage(Guid Id, string To, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Channel);

    public static void MapDevMailboxApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        app.MapGet("/api/v1/auth/dev/mailbox", Read).WithTags("Development").AllowAnonymous();
    }

    public static async Task<Results<Ok<MailboxMessage[]>, ValidationProblem>> Read(string? to, AuthDbContext database, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Give the recipient: ?to=name@example.com"] });
        }

        var address = to.Trim().ToLowerInvariant();
        var messages = await database.EmailMessages.AsNoTracking()
            .Where(message => message.To == address)
            .OrderByDescending(message => message.CreatedAt).ThenByDescending(message => message.Id)
            .Take(50)
            .Select(message => new MailboxMessage(message.Id, message.To, message.Subject, message.Body, message.CreatedAt, message.SentAt, message.Channel))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(messages);
    }
}
