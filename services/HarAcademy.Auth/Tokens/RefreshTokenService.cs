using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Tokens;

public enum RefreshOutcome { Rotated, Unknown, Expired, Reused, AccountDisabled }

public sealed record RefreshResult(RefreshOutcome Outcome, User? User = null, string? NewToken = null);

/// <summary>Issues, rotates and revokes refresh tokens (opaque, stored hashed, grouped in families).</summary>
public sealed class RefreshTokenService(AuthDbContext database, IOptions<AuthOptions> options, TimeProvider clock)
{
    public async Task<string> IssueAsync(Guid userId, Guid? familyId, CancellationToken cancellationToken)
    {
        var (token, entity) = NewToken(userId, familyId ?? Guid.CreateVersion7());
        database.RefreshTokens.Add(entity);
        await database.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Exchanges a refresh token for the next one of its family, in two round trips: one query for the token and its
    /// user, one batch that marks the old token rotated and inserts the new one. The update is conditional on the
    /// token still being unrevoked (a concurrency token), so of two concurrent uses only one succeeds; the other
    /// counts as reuse and revokes the family.
    /// </summary>
    public async Task<RefreshResult> RotateAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(presented);
        var found = await database.RefreshTokens
            .Where(token => token.TokenHash == hash)
            .Join(database.Users, token => token.UserId, user => user.Id, (token, user) => new { Token = token, User = user })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new(RefreshOutcome.Unknown);
        }

        var (current, user) = (found.Token, found.User);
        var now = clock.GetUtcNow();
        if (current.RevokedAt is not null)
        {
            if (current.RevokedReason == RevokeReasons.Rotated)
            {
                await RevokeFamilyAsync(current.FamilyId, RevokeReasons.ReuseDetected, cancellationToken);
                return new(RefreshOutcome.Reused);
            }

            return new(RefreshOutcome.Unknown);
        }

        if (current.ExpiresAt <= now)
        {
            return new(RefreshOutcome.Expired);
        }

        if (!user.IsActive)
        {
            await RevokeFamilyAsync(current.FamilyId, RevokeReasons.AccountDisabled, cancellationToken);
            return new(RefreshOutcome.AccountDisabled);
        }

        var (token, next) = NewToken(user.Id, current.FamilyId);
        current.RevokedAt = now;
        current.RevokedReason = RevokeReasons.Rotated;
        current.ReplacedById = next.Id;
        database.RefreshTokens.Add(next);
        try
        {
            await database.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            database.ChangeTracker.Clear();
            await RevokeFamilyAsync(current.FamilyId, RevokeReasons.ReuseDetected, cancellationToken);
            return new(RefreshOutcome.Reused);
        }

        return new(RefreshOutcome.Rotated, user, token);
    }

    /// <summary>Revokes the family of <paramref name="presented"/> (sign-out of one device). Unknown tokens are ignored.</summary>
    public async Task RevokeFamilyOfAsync(string presented, string reason, CancellationToken cancellationToken)
    {
        var hash = OpaqueToken.Hash(presented);
        var familyId = await database.RefreshTokens.Where(token => token.TokenHash == hash)
            .Select(token => (Guid?)token.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            await RevokeFamilyAsync(family, reason, cancellationToken);
        }
    }

    public Task<int> RevokeFamilyAsync(Guid familyId, string reason, CancellationToken cancellationToken) =>
        Revoke(database.RefreshTokens.Where(token => token.FamilyId == familyId), reason, cancellationToken);

    public Task<int> RevokeAllForUserAsync(Guid userId, string reason, CancellationToken cancellationToken) =>
        Revoke(database.RefreshTokens.Where(token => token.UserId == userId), reason, cancellationToken);

    private Task<int> Revoke(IQueryable<RefreshToken> tokens, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return tokens.Where(token => token.RevokedAt == null).ExecuteUpdateAsync(update => update
            .SetProperty(token => token.RevokedAt, now)
            .SetProperty(token => token.RevokedReason, reason), cancellationToken);
    }

    private (string Token, RefreshToken Entity) NewToken(Guid userId, Guid familyId)
    {
        var token = OpaqueToken.New();
        var now = clock.GetUtcNow();
        return (token, new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = OpaqueToken.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        });
    }
}
