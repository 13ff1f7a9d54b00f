using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Tokens;

public enum RefreshOutcome { Rotated, Unknown, Expired, Reused, AccountDisabled }

public sealed record RefreshResult(RefreshOutcome Outcome, User? User = null, IssuedRefreshToken? Next = null);

/// <summary>A new refresh token (for the cookie) and the session it belongs to (the <c>sid</c> of access tokens).</summary>
public sealed record IssuedRefreshToken(string Token, Guid SessionId);

/// <summary>
/// Issues, rotates and revokes refresh tokens (opaque, stored hashed, grouped in families: one family is one
/// session, from sign-in to sign-out). Revoking a family also ends its access tokens everywhere (<see cref="RevokedSessions"/>).
/// </summary>
public sealed class RefreshTokenService(AuthDbContext database, RevokedSessions revokedSessions, IOptions<AuthOptions> options, TimeProvider clock)
{
    public async Task<IssuedRefreshToken> StartSessionAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (token, entity) = NewToken(userId, Guid.CreateVersion7(), sessionStartedAt: now);
        database.RefreshTokens.Add(entity);
        await database.SaveChangesAsync(cancellationToken);
        return new(token, entity.FamilyId);
    }

    /// <summary>
    /// Exchanges a refresh token for the next one of its family, in two round trips: one query for the token and its
    /// user, one batch that marks the old token rotated and inserts the new one. The update is conditional on the
    /// token still being unrevoked (a concurrency token), so of two concurrent uses only one rotates it.
    /// A token rotated moments ago (<see cref="AuthOptions.RefreshReuseGrace"/>) gets a sibling instead of being
    /// treated as stolen, as long as its session has not ended: tabs of one browser refresh with the same cookie at the
    /// same moment. After that, presenting a rotated token again revokes the whole family.
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
        var justRotated = current is { RevokedReason: RevokeReasons.Rotated, RevokedAt: { } rotatedAt } && now - rotatedAt <= options.Value.RefreshReuseGrace;
        if (justRotated && await SessionEndedAsync(current.FamilyId, cancellationToken))
        {
            return new(RefreshOutcome.Unknown); // the grace is for tabs of a live session, never a way back into an ended one
        }

        if (current.RevokedAt is not null && !justRotated)
        {
            if (current.RevokedReason == RevokeReasons.Rotated)
            {
                await RevokeFamilyAsync(current.FamilyId, RevokeReasons.ReuseDetected, cancellationToken);
                return new(RefreshOutcome.Reused);
            }

            return new(RefreshOutcome.Unknown);
        }

        if (current.ExpiresAt <= now || current.SessionStartedAt + options.Value.SessionAbsoluteLifetime <= now)
        {
            return new(RefreshOutcome.Expired);
        }

        if (!user.IsActive)
        {
            await RevokeFamilyAsync(current.FamilyId, RevokeReasons.AccountDisabled, cancellationToken);
            return new(RefreshOutcome.AccountDisabled);
        }

        var (token, next) = NewToken(user.Id, current.FamilyId, current.SessionStartedAt);
        if (!justRotated)
        {
            current.RevokedAt = now;
            current.RevokedReason = RevokeReasons.Rotated;
            current.ReplacedById = next.Id;
        }

        database.RefreshTokens.Add(next);
        try
        {
            await database.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Rotated by a concurrent request an instant ago: the same browser's other tab. Its sibling is this one.
            database.ChangeTracker.Clear();
            return await RotateAsync(presented, cancellationToken);
        }

        return new(RefreshOutcome.Rotated, user, new(token, current.FamilyId));
    }

    /// <summary>Whether the session was ended (signed out, reuse, password, role, suspension), not merely rotated.</summary>
    private async Task<bool> SessionEndedAsync(Guid familyId, CancellationToken cancellationToken) =>
        revokedSessions.IsRevoked(familyId.ToString())
        || await database.RefreshTokens.AnyAsync(token => token.FamilyId == familyId && token.RevokedAt != null && token.RevokedReason != RevokeReasons.Rotated, cancellationToken);

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

    /// <summary>Ends one session: its refresh tokens, and its access tokens everywhere.</summary>
    public async Task RevokeFamilyAsync(Guid familyId, string reason, CancellationToken cancellationToken)
    {
        await Revoke(database.RefreshTokens.Where(token => token.FamilyId == familyId), reason, cancellationToken);
        await revokedSessions.RevokeAsync([familyId.ToString()], AccessTokensOutliveFor);
    }

    /// <summary>
    /// Ends every session of a user (sign-out everywhere, password or role change, suspension, deletion), except
    /// <paramref name="keep"/> (the session that changed its own password goes on).
    /// </summary>
    public async Task RevokeAllForUserAsync(Guid userId, string reason, CancellationToken cancellationToken, Guid? keep = null)
    {
        var tokens = database.RefreshTokens.Where(token => token.UserId == userId && token.FamilyId != keep);
        // Revoked first: a rotation racing with this fails its concurrency check afterwards, so the sessions read
        // next include every one that may still have a valid access token (its latest token younger than one can live).
        await Revoke(tokens, reason, cancellationToken);
        var since = clock.GetUtcNow() - AccessTokensOutliveFor;
        var sessions = await tokens.Where(token => token.CreatedAt > since).Select(token => token.FamilyId).Distinct().ToListAsync(cancellationToken);
        await revokedSessions.RevokeAsync(sessions.ConvertAll(id => id.ToString()), AccessTokensOutliveFor);
    }

    /// <summary>How long an access token issued now can be accepted: its lifetime plus the validators' clock skew.</summary>
    private TimeSpan AccessTokensOutliveFor => options.Value.AccessTokenLifetime + TimeSpan.FromMinutes(1);

    private Task<int> Revoke(IQueryable<RefreshToken> tokens, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return tokens.Where(token => token.RevokedAt == null).ExecuteUpdateAsync(update => update
            .SetProperty(token => token.RevokedAt, now)
            .SetProperty(token => token.RevokedReason, reason), cancellationToken);
    }

    private (string Token, RefreshToken Entity) NewToken(Guid userId, Guid familyId, DateTimeOffset sessionStartedAt)
    {
        var token = OpaqueToken.New();
        var now = clock.GetUtcNow();
        return (token, new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = OpaqueToken.Hash(token),
            CreatedAt = now,
            SessionStartedAt = sessionStartedAt,
            ExpiresAt = Min(now + options.Value.RefreshTokenLifetime, sessionStartedAt + options.Value.SessionAbsoluteLifetime),
        });
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
