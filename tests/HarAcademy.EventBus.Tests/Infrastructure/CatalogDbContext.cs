using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.EventBus.Tests.Infrastructure;

/// <summary>A producer's database: one business table and the outbox, as a service has.</summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox();
}

public sealed class Course
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
}
