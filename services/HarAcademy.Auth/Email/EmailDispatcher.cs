using System.Net.Mail;
using HarAcademy.Auth.Data;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Email;

/// <summary>
/// Sends queued emails. With <c>Smtp:Host</c> configured it uses SMTP; otherwise (this machine has no mail server)
/// it delivers to the development mailbox: the message is marked sent on channel <c>dev-mailbox</c> and can be read
/// through the development mailbox (<see cref="Apis.DevMailboxApi"/>). Failed sends are retried on later passes.
/// </summary>
public sealed class EmailDispatcher(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<EmailDispatcher> logger)
    : BackgroundService
{
    private const int MaxAttempts = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Email dispatch pass failed; retrying");
            }

            // Real time, not the injected clock: polling cadence is plumbing, and a test's frozen clock must not stall it.
            await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var pending = await database.EmailMessages
            .Where(message => message.SentAt == null && message.Attempts < MaxAttempts)
            .OrderBy(message => message.CreatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var smtpHost = configuration["Smtp:Host"];
        using var smtp = string.IsNullOrWhiteSpace(smtpHost) ? null : new SmtpClient(smtpHost, configuration.GetValue("Smtp:Port", 25));
        foreach (var message in pending)
        {
            try
            {
                if (smtp is not null)
                {
                    await smtp.SendMailAsync(new MailMessage(configuration["Smtp:From"] ?? "no-reply@har.academy", message.To, message.Subject, message.Body), cancellationToken);
                }

                message.Channel = smtp is null ? "dev-mailbox" : "smtp";
                message.SentAt = clock.GetUtcNow();
            }
            catch (SmtpException exception)
            {
                message.Attempts++;
                message.LastError = exception.Message;
                logger.LogWarning("Email {EmailId} not sent (attempt {Attempts}): {Error}", message.Id, message.Attempts, exception.Message);
            }
        }

        await database.SaveChangesAsync(cancellationToken);
    }
}
