using Microsoft.EntityFrameworkCore;

namespace HarAcademy.EventBus.Inbox;

public static class InboxModel
{
    /// <summary>
    /// Maps the <c>inbox_messages</c> table into a service's model, so its migration creates it: needed by every group
    /// registered with <c>AddEventHandler&lt;TEvent, THandler, TContext&gt;</c>.
    /// </summary>
    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxMessage>(entity =>
        {
            // Table and column names spelled out: DatabaseInbox inserts with raw SQL, whatever naming convention the
            // service uses.
            entity.ToTable("inbox_messages");
            entity.HasKey(message => new { message.ConsumerGroup, message.EventId });
            entity.Property(message => message.ConsumerGroup).HasColumnName("consumer_group");
            entity.Property(message => message.EventId).HasColumnName("event_id");
            entity.Property(message => message.EventType).HasColumnName("event_type");
            entity.Property(message => message.HandledAt).HasColumnName("handled_at");
        });
        return modelBuilder;
    }
}
