using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HarAcademy.ServiceDefaults.Data;

public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Brings the service's database to its latest migration (creating it when it does not exist) before the service
    /// takes requests, then runs <paramref name="afterMigration"/> (seeding, loading keys) in the same scope. Replicas
    /// starting together are safe: EF Core holds a database lock while it migrates.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app, Func<IServiceProvider, CancellationToken, Task>? afterMigration = null)
        where TContext : DbContext
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var elapsed = Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        // Through the execution strategy, so a database still starting up is retried rather than fatal.
        await database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // The history table first: otherwise EF probes it with a query that fails, and logs that as an error, on
            // every database's first start.
            if (await database.GetService<IRelationalDatabaseCreator>().ExistsAsync(stopping))
            {
                await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(stopping);
            }

            await database.MigrateAsync(stopping);
        });
        if (afterMigration is not null)
        {
            await afterMigration(scope.ServiceProvider, stopping);
        }

        app.Logger.LogInformation("Database {Database} ready in {Milliseconds} ms", database.GetDbConnection().Database, elapsed.ElapsedMilliseconds);
    }
}
