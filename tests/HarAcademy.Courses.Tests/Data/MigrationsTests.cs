using HarAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Tests.Data;

public sealed class MigrationsTests
{
    [Fact]
    public void The_model_and_the_migrations_agree()
    {
        using var database = new CoursesDbContextFactory().CreateDbContext([]);
        Assert.False(database.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add");
    }
}
