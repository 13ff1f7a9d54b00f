using HarAcademy.EventBus.Inbox;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>
/// A service's database: business tables, the outbox (as a producer) and the inbox (as a consumer whose handlers write
/// to it).
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();

    /// <summary>What <see cref="CourseListingHandler"/> writes: one row each time it applies a CourseCreated.</summary>
    public DbSet<CourseListing> Listings => Set<CourseListing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox().AddInbox();
}

public sealed class Course
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
}

public sealed class CourseListing
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public required string Title { get; set; }
}
