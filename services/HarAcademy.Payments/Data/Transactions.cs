using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Data;

public static class DatabaseTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction through the context's execution strategy (Aspire turns on
    /// retries, which replay the whole unit): the change tracker is cleared first, so a replay starts from what the
    /// database holds.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PaymentsDbContext database, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        database.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            database.ChangeTracker.Clear();
            database.Database.AutoSavepointsEnabled = false;
            await using var transaction = await database.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);

    /// <summary>Locks one transaction's row until the unit ends: its state changes one event at a time.</summary>
    public static async Task<bool> LockTransactionAsync(this PaymentsDbContext database, Guid id, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM transactions WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken) is [_];
}
