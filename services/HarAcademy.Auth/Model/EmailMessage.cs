namespace HarAcademy.Auth.Model;

/// <summary>An email waiting to be sent (or sent): written with the change that caused it, sent by the dispatcher.</summary>
public sealed class EmailMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary><c>smtp</c>, or <c>dev-mailbox</c> when no SMTP server is configured.</summary>
    public string? Channel { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
