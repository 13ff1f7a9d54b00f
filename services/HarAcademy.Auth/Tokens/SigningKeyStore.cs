using System.Security.Cryptography;
using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.Auth.Tokens;

/// <summary>
/// The RSA signing keys, persisted in the database so every replica and every restart signs and validates with the
/// same keys. Keys rotate when the active one is older than the rotation interval (or on an admin's request); a
/// retired key stays published until every token it signed has expired. Reads are served from a snapshot refreshed
/// every 30 s, so token validation never waits on the database.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SnapshotLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;

    // The JWKS form of the published keys is made once per snapshot, not on every JWKS request.
    private sealed record Snapshot(
        RsaSecurityKey Active, IReadOnlyList<RsaSecurityKey> Published, IReadOnlyList<PublicJsonWebKey> PublicKeys,
        DateTimeOffset LoadedAt, DateTimeOffset ActiveCreatedAt);

    public async Task<SigningCredentials> GetSigningCredentialsAsync(CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        return new SigningCredentials(snapshot.Active, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The published keys as the JWKS shows them.</summary>
    public async Task<IReadOnlyList<PublicJsonWebKey>> GetPublicKeysAsync(CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(cancellationToken)).PublicKeys;

    /// <summary>For the JWT handler's synchronous key resolver; loads only when the snapshot is missing or stale.</summary>
    public IReadOnlyList<RsaSecurityKey> GetPublishedKeys() =>
        GetSnapshotAsync(CancellationToken.None).GetAwaiter().GetResult().Published;

    /// <summary>Retires the active key and makes a new one.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var id = await CreateKeyAsync(retireOthers: true, cancellationToken);
            _snapshot = await LoadAsync(cancellationToken);
            return id;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < SnapshotLifetime && !IsDue(current))
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = await LoadAsync(cancellationToken);
            if (IsDue(current))
            {
                await CreateKeyAsync(retireOthers: true, cancellationToken);
                current = await LoadAsync(cancellationToken);
            }

            _snapshot = current;
            return current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsDue(Snapshot snapshot) =>
        clock.GetUtcNow() - snapshot.ActiveCreatedAt >= options.Value.SigningKeyRotationInterval;

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var publishedAfter = clock.GetUtcNow() - options.Value.AccessTokenLifetime - ClockSkew;
        var keys = await database.SigningKeys.AsNoTracking()
            .Where(key => key.RetiredAt == null || key.RetiredAt > publishedAfter)
            .ToListAsync(cancellationToken);
        var active = keys.Where(key => key.RetiredAt == null).MaxBy(key => key.CreatedAt);
        if (active is null)
        {
            await CreateKeyAsync(retireOthers: false, cancellationToken);
            return await LoadAsync(cancellationToken);
        }

        var published = keys.OrderByDescending(key => key.CreatedAt).Select(ToSecurityKey).ToArray();
        return new Snapshot(published.First(key => key.KeyId == active.Id), published,
            published.Select(PublicJsonWebKey.From).ToArray(), clock.GetUtcNow(), active.CreatedAt);
    }

    private async Task<string> CreateKeyAsync(bool retireOthers, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var now = clock.GetUtcNow();
        if (retireOthers)
        {
            await database.SigningKeys.Where(key => key.RetiredAt == null)
                .ExecuteUpdateAsync(update => update.SetProperty(key => key.RetiredAt, now), cancellationToken);
        }

        using var rsa = RSA.Create(2048);
        var key = new SigningKey
        {
            Id = $"{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}",
            PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
            CreatedAt = now,
        };
        database.SigningKeys.Add(key);
        await database.SaveChangesAsync(cancellationToken);
        return key.Id;
    }

    private static RsaSecurityKey ToSecurityKey(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(key.PrivateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = key.Id };
    }
}
