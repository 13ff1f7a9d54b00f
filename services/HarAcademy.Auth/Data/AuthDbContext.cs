using HarAcademy.Auth.Model;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Data;

public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<OneTimeToken> OneTimeTokens => Set<OneTimeToken>();
    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();
    public DbSet<KnownDevice> KnownDevices => Set<KnownDevice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.Email).IsUnique();
            user.Property(u => u.Email).HasMaxLength(254);
            user.Property(u => u.PasswordHash).HasMaxLength(100);
            user.Property(u => u.FirstName).HasMaxLength(100);
            user.Property(u => u.LastName).HasMaxLength(100);
            user.Property(u => u.AvatarUrl).HasMaxLength(2048);
            user.Property(u => u.Role).HasMaxLength(20);
            user.Property(u => u.Status).HasMaxLength(20);
            user.Property(u => u.Language).HasMaxLength(5);
            user.HasIndex(u => new { u.Role, u.Status });
            user.OwnsOne(u => u.InstructorInfo, info => info.ToJson());
            user.OwnsOne(u => u.NotificationSettings, settings => settings.ToJson());
        });

        modelBuilder.Entity<RefreshToken>(token =>
        {
            token.HasKey(t => t.Id);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.HasIndex(t => t.UserId);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.Property(t => t.RevokedReason).HasMaxLength(30);
            // Rotation updates "WHERE revoked_at IS NULL": of two concurrent uses one rotates, the other gets a sibling
            // (RefreshTokenService: the grace for tabs refreshing at once).
            token.Property(t => t.RevokedAt).IsConcurrencyToken();
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SigningKey>(key =>
        {
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).HasMaxLength(64);
        });

        modelBuilder.Entity<OneTimeToken>(token =>
        {
            token.HasKey(t => t.Id);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.Property(t => t.Purpose).HasMaxLength(30);
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EmailMessage>(message =>
        {
            message.HasKey(m => m.Id);
            message.Property(m => m.To).HasMaxLength(254);
            message.Property(m => m.Subject).HasMaxLength(300);
            message.Property(m => m.Channel).HasMaxLength(20);
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.HasIndex(m => m.CreatedAt).HasFilter("sent_at IS NULL");
            message.HasIndex(m => m.To);
        });

        modelBuilder.Entity<KnownDevice>(device =>
        {
            device.HasKey(d => d.Id);
            device.HasIndex(d => d.TokenHash).IsUnique();
            device.HasIndex(d => d.UserId);
            device.Property(d => d.TokenHash).HasMaxLength(64);
            device.HasOne<User>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.AddOutbox();
    }
}
