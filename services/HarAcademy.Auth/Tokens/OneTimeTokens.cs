using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Tokens;

/// <summary>Single-use tokens sent by email (reset links, verification links): found, then spent exactly once.</summary>
public static class OneTimeTokens
{
    /// <summary>The unused, unexpired token of <paramref name="purpose"/> matching <paramref name="presented"/>, and its user.</summary>
    public static async Task<(OneTimeToken? Token, User? User)> FindAsync(
        AuthDbContext database, string presented, string purpose, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(presented);
        var now = clock.GetUtcNow();
        var token = await database.OneTimeTokens.SingleOrDefaultAsync(
            candidate => candidate.TokenHash == hash && candidate.Purpose == purpose && candidate.UsedAt == null && candidate.ExpiresAt > now,
            cancellationToken);
        var user = token is null ? null : await database.Users.SingleOrDefaultAsync(candidate => candidate.Id == token.UserId, cancellationToken);
        return (token, user);
    }

    /// <summary>
    /// Marks the token used in one conditional UPDATE: of any number of parallel confirmations, exactly one gets true.
    /// </summary>
    public static async Task<bool> SpendAsync(AuthDbContext database, OneTimeToken token, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var spent = await database.OneTimeTokens
            .Where(candidate => candidate.Id == token.Id && candidate.UsedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.UsedAt, now), cancellationToken);
        return spent == 1;
    }

    /// <summary>Every outstanding token of <paramref name="purpose"/> for the user stops working (a newer reset or a password change made them moot).</summary>
    public static Task RevokeOutstandingAsync(AuthDbContext database, Guid userId, string purpose, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return database.OneTimeTokens
            .Where(candidate => candidate.UserId == userId && candidate.Purpose == purpose && candidate.UsedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.UsedAt, now), cancellationToken);
    }
}
