using System.Diagnostics;
using System.Text.Json;
using HarAcademy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.EventBus.Outbox;

public static class OutboxModel
{
    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Maps the <c>outbox_messages</c> table into a service's model.</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(entity =>
        {
            entity.ToTable("outbox_messages");
            entity.HasKey(message => message.Id);
            entity.Property(message => message.Type).HasMaxLength(200);
            entity.Property(message => message.Payload).HasColumnType("jsonb");
            entity.Property(message => message.TraceParent).HasMaxLength(64);
            entity.Property(message => message.LastError).HasMaxLength(2000);
            // The relay only ever reads what is still unpublished, oldest first.
            entity.HasIndex(message => message.OccurredAt).HasFilter("published_at IS NULL");
        });
        return modelBuilder;
    }

    /// <summary>
    /// Pulsed after a SaveChanges that wrote outbox rows, in this process: the relay publishes them at once instead of
    /// at its next poll. Process-wide on purpose: a pulse only makes a relay look, so an extra one costs one query.
    /// </summary>
    internal static WakeSignal Saved { get; } = new();

    /// <summary>
    /// Adds <paramref name="integrationEvent"/> to the context: it is committed by the same SaveChanges as the
    /// business change, so an event is never published for a change that rolled back, nor lost for one that did not.
    /// </summary>
    public static void AddEvent(this DbContext context, IntegrationEvent integrationEvent)
    {
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = integrationEvent.EventType,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), PayloadJson),
            TraceParent = Activity.Current?.Id,
            OccurredAt = integrationEvent.OccurredAt,
        });
        // Once per context, however many events it carries.
        context.SavedChanges -= WakeRelay;
        context.SavedChanges += WakeRelay;
    }

    private static void WakeRelay(object? sender, SavedChangesEventArgs arguments) => Saved.Pulse();
}
