using Microsoft.EntityFrameworkCore;

namespace HarAcademy.ServiceDefaults.Data;

public static class DatabaseTransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction through the context's execution strategy (Aspire turns on
    /// retries, which replay the whole unit): the change tracker is cleared first, so a replay starts from what the
    /// database holds.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext database, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        database.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            database.ChangeTracker.Clear();
            // A savepoint around each SaveChanges costs two round trips and buys nothing: a failure ends the whole unit.
            database.Database.AutoSavepointsEnabled = false;
            await using var transaction = await database.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);
}
