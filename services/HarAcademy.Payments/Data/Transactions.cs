using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Data;

public sealed record Buyer(string Email, string Name, string Language);

public static class DatabaseTransactions
{
    /// <summary>The user's details as their latest payment recorded them (a renewal's invoice, a subscription's language).</summary>
    public static Task<Buyer?> BuyerAsync(this PaymentsDbContext database, Guid userId, CancellationToken cancellationToken) =>
        database.Transactions.Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new Buyer(t.UserEmail, t.UserName, t.Language)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Locks one transaction's row until the unit ends: its state changes one event at a time.</summary>
    public static async Task<bool> LockTransactionAsync(this PaymentsDbContext database, Guid id, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM transactions WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken) is [_];
}
