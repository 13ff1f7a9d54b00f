using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Data;

public static class DatabaseTransactions
{
    /// <summary>Locks one transaction's row until the unit ends: its state changes one event at a time.</summary>
    public static async Task<bool> LockTransactionAsync(this PaymentsDbContext database, Guid id, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM transactions WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken) is [_];
}
