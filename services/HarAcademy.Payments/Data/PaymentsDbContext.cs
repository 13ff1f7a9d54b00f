using HarAcademy.EventBus.Inbox;
using HarAcademy.EventBus.Outbox;
using HarAcademy.Payments.Model;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Data;

public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    public DbSet<PaymentTransaction> Transactions => Set<PaymentTransaction>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceSequence> InvoiceSequences => Set<InvoiceSequence>();
    public DbSet<StripeEventRecord> StripeEvents => Set<StripeEventRecord>();
    public DbSet<SandboxSession> SandboxSessions => Set<SandboxSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PaymentTransaction>(transaction =>
        {
            transaction.ToTable("transactions");
            transaction.HasKey(t => t.Id);
            transaction.Property(t => t.UserEmail).HasMaxLength(320);
            transaction.Property(t => t.UserName).HasMaxLength(200);
            transaction.Property(t => t.Kind).HasMaxLength(20);
            transaction.Property(t => t.Plan).HasMaxLength(20);
            transaction.Property(t => t.Description).HasMaxLength(300);
            transaction.Property(t => t.Currency).HasMaxLength(3);
            transaction.Property(t => t.Status).HasMaxLength(20);
            transaction.Property(t => t.PaymentMethod).HasMaxLength(20);
            transaction.Property(t => t.Mode).HasMaxLength(10);
            transaction.Property(t => t.FailureReason).HasMaxLength(500);
            transaction.Property(t => t.CheckoutUrl).HasMaxLength(2048);
            transaction.Property(t => t.Language).HasMaxLength(5);
            foreach (var id in new[] { nameof(PaymentTransaction.CheckoutSessionId), nameof(PaymentTransaction.PaymentIntentId), nameof(PaymentTransaction.ChargeId),
                         nameof(PaymentTransaction.StripeCustomerId), nameof(PaymentTransaction.StripeSubscriptionId), nameof(PaymentTransaction.StripeInvoiceId) })
            {
                transaction.Property(id).HasMaxLength(255);
            }

            // A Stripe object pays for one transaction: a session, a payment intent, a subscription invoice.
            transaction.HasIndex(t => t.CheckoutSessionId).IsUnique();
            transaction.HasIndex(t => t.PaymentIntentId).IsUnique();
            transaction.HasIndex(t => t.StripeInvoiceId).IsUnique();
            transaction.HasIndex(t => t.ChargeId);
            transaction.HasIndex(t => new { t.UserId, t.CreatedAt });
            transaction.HasIndex(t => new { t.Status, t.CreatedAt });
            transaction.HasIndex(t => t.CompletedAt);
            // One open checkout per learner and course: a second click returns the first (a stable idempotency key).
            transaction.HasIndex(t => new { t.UserId, t.CourseId }).IsUnique().HasFilter("status = 'pending' AND course_id IS NOT NULL")
                .HasDatabaseName("ix_transactions_one_pending_per_course");
            transaction.HasMany(t => t.Refunds).WithOne().HasForeignKey(r => r.TransactionId).OnDelete(DeleteBehavior.Cascade);
            transaction.Property<uint>("Version").IsRowVersion();
        });

        modelBuilder.Entity<Refund>(refund =>
        {
            refund.HasKey(r => r.Id);
            refund.Property(r => r.Reason).HasMaxLength(500);
            refund.Property(r => r.Status).HasMaxLength(20);
            refund.Property(r => r.StripeRefundId).HasMaxLength(255);
            refund.HasIndex(r => r.StripeRefundId).IsUnique();
            refund.HasIndex(r => r.CreatedAt);
        });

        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.HasKey(s => s.Id);
            subscription.HasIndex(s => s.UserId).IsUnique();
            subscription.HasIndex(s => s.StripeSubscriptionId).IsUnique();
            subscription.HasIndex(s => new { s.Status, s.RenewalDate });
            subscription.Property(s => s.Plan).HasMaxLength(20);
            subscription.Property(s => s.Status).HasMaxLength(20);
            subscription.Property(s => s.Currency).HasMaxLength(3);
            subscription.Property(s => s.Mode).HasMaxLength(10);
            subscription.Property(s => s.Language).HasMaxLength(5);
            subscription.Property(s => s.StripeSubscriptionId).HasMaxLength(255);
            subscription.Property(s => s.StripeCustomerId).HasMaxLength(255);
        });

        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.HasKey(i => i.Id);
            invoice.HasIndex(i => i.Number).IsUnique();
            invoice.HasIndex(i => i.TransactionId).IsUnique();
            invoice.HasIndex(i => i.UserId);
            invoice.Property(i => i.Number).HasMaxLength(30);
            invoice.Property(i => i.CustomerName).HasMaxLength(200);
            invoice.Property(i => i.CustomerEmail).HasMaxLength(320);
            invoice.Property(i => i.Currency).HasMaxLength(3);
            invoice.OwnsMany(i => i.Lines, line => line.ToJson());
        });

        modelBuilder.Entity<InvoiceSequence>(sequence =>
        {
            sequence.HasKey(s => s.Year);
            sequence.Property(s => s.Year).ValueGeneratedNever();
        });

        modelBuilder.Entity<StripeEventRecord>(stripeEvent =>
        {
            stripeEvent.ToTable("stripe_events");
            stripeEvent.HasKey(e => e.Id);
            stripeEvent.Property(e => e.Id).HasMaxLength(255);
            stripeEvent.Property(e => e.Type).HasMaxLength(100);
            stripeEvent.Property(e => e.Payload).HasColumnType("jsonb");
            stripeEvent.Property(e => e.LastError).HasMaxLength(2000);
            stripeEvent.HasIndex(e => e.NextAttemptAt).HasFilter("processed_at IS NULL").HasDatabaseName("ix_stripe_events_unprocessed");
        });

        modelBuilder.Entity<SandboxSession>(session =>
        {
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(100);
            session.Property(s => s.Status).HasMaxLength(20);
            session.Property(s => s.PaymentStatus).HasMaxLength(20);
            session.Property(s => s.SuccessUrl).HasMaxLength(2048);
            session.Property(s => s.CancelUrl).HasMaxLength(2048);
            session.HasIndex(s => s.TransactionId).IsUnique();
        });

        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
    }
}
