using System.Security.Cryptography;
using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.Auth.Tokens;

/// <summary>
/// The RSA signing keys, persisted in the database (private parts sealed: <see cref="SigningKeySeal"/>) so every
/// replica and every restart signs and validates with the same keys. Keys rotate when the active one is older than the rotation interval (or on an admin's request); a
/// retired key stays published until every token it signed has expired. Reads are served from a snapshot reloaded
/// when 30 s old: signing and the JWKS document await one reload (callers arriving meanwhile share it), while token
/// validation, whose key resolver is synchronous, keeps the old snapshot and starts the reload in the background.
/// (Blocking on the reload there starved the thread pool under load: every request stalled for seconds each 30 s.)
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, SigningKeySeal seal, IOptions<AuthOptions> options, TimeProvider clock, ILogger<SigningKeyStore> logger)
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

    /// <summary>
    /// For the JWT handler's synchronous key resolver: never waits once a snapshot exists (start-up loads one, see
    /// <see cref="LoadAsync(CancellationToken)"/>); a due rotation is left to the signing side.
    /// </summary>
    public IReadOnlyList<RsaSecurityKey> GetPublishedKeys()
    {
        if (_snapshot is { } current)
        {
            RefreshInBackgroundIfStale(current);
            return current.Published;
        }

        return GetSnapshotAsync(CancellationToken.None).GetAwaiter().GetResult().Published;
    }

    /// <summary>Loads the keys (creating the first one on an empty database); start-up calls it so no request waits for it.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken) => await GetSnapshotAsync(cancellationToken);

    /// <summary>Retires the active key and makes a new one.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var id = await CreateKeyAsync(retireOthers: true, cancellationToken);
            _snapshot = await ReadAsync(cancellationToken);
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
        if (current is not null && !IsStale(current) && !IsDue(current))
        {
            return current;
        }

        // Asynchronous callers (signing, the JWKS document) wait for one reload: an await holds no thread.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            current = _snapshot;
            return current is not null && !IsStale(current) && !IsDue(current) ? current : await ReloadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts one reload when the snapshot is old and none is running; the caller goes on with the old one.</summary>
    private void RefreshInBackgroundIfStale(Snapshot current)
    {
        if (!IsStale(current) || !_gate.Wait(0))
        {
            return;
        }

        // Not part of the request that noticed: no trace parent, no cancellation of its own.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await ReloadAsync(CancellationToken.None);
                }
                catch (Exception exception)
                {
                    logger.LogWarning(exception, "Signing keys not reloaded; serving the previous snapshot");
                }
                finally
                {
                    _gate.Release();
                }
            });
        }
    }

    /// <summary>Reads the keys, rotating first when due. Callers hold <see cref="_gate"/>.</summary>
    private async Task<Snapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        var current = await ReadAsync(cancellationToken);
        if (IsDue(current))
        {
            await CreateKeyAsync(retireOthers: true, cancellationToken);
            current = await ReadAsync(cancellationToken);
        }

        _snapshot = current;
        return current;
    }

    private bool IsStale(Snapshot snapshot) => clock.GetUtcNow() - snapshot.LoadedAt >= SnapshotLifetime;

    private bool IsDue(Snapshot snapshot) =>
        clock.GetUtcNow() - snapshot.ActiveCreatedAt >= options.Value.SigningKeyRotationInterval;

    private async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var publishedAfter = clock.GetUtcNow() - options.Value.AccessTokenLifetime - ClockSkew;
        var rows = await database.SigningKeys
            .Where(key => key.RetiredAt == null || key.RetiredAt > publishedAfter)
            .ToListAsync(cancellationToken);
        await SealLegacyKeysAsync(database, rows, cancellationToken);
        var keys = rows.Select(row => (Row: row, Pem: seal.Unseal(row.SealedPrivateKey, row.Id))).ToList();
        if (keys.Where(key => key.Pem is null).Select(key => key.Row).ToList() is { Count: > 0 } unreadable)
        {
            // Sealed under another key-encryption key: a replica started with a stale secret must not destroy the keys
            // the others sign with, so this stops here unless the operator says the old keys are lost for good.
            var ids = unreadable.Select(row => row.Id).ToList();
            if (!options.Value.DiscardUnreadableSigningKeys)
            {
                throw new InvalidOperationException(
                    $"Signing keys {string.Join(", ", ids)} cannot be unsealed with the configured Auth:KeyEncryptionKey. Set the secret they were sealed with, " +
                    "or, if it is lost, set Auth:DiscardUnreadableSigningKeys=true once: they are retired and a new key is made (tokens they signed stop working; sessions go on through their refresh tokens).");
            }

            logger.LogWarning("Signing keys {KeyIds} cannot be unsealed with the configured Auth:KeyEncryptionKey; they are retired as the operator asked", string.Join(", ", ids));
            var now = clock.GetUtcNow();
            await database.SigningKeys.Where(key => ids.Contains(key.Id))
                .ExecuteUpdateAsync(update => update.SetProperty(key => key.RetiredAt, now - options.Value.AccessTokenLifetime - ClockSkew), cancellationToken);
            keys.RemoveAll(key => key.Pem is null);
        }

        var active = keys.Select(key => key.Row).Where(row => row.RetiredAt == null).MaxBy(row => row.CreatedAt);
        if (active is null)
        {
            await CreateKeyAsync(retireOthers: false, cancellationToken);
            return await ReadAsync(cancellationToken);
        }

        var published = keys.OrderByDescending(key => key.Row.CreatedAt).Select(key => ToSecurityKey(key.Row.Id, key.Pem!)).ToArray();
        return new Snapshot(published.First(key => key.KeyId == active.Id), published,
            published.Select(PublicJsonWebKey.From).ToArray(), clock.GetUtcNow(), active.CreatedAt);
    }

    /// <summary>Keys stored before sealing existed are sealed in place the first time they are read.</summary>
    private async Task SealLegacyKeysAsync(AuthDbContext database, List<SigningKey> rows, CancellationToken cancellationToken)
    {
        var legacy = rows.Where(row => SigningKeySeal.IsUnsealed(row.SealedPrivateKey)).ToList();
        foreach (var row in legacy)
        {
            row.SealedPrivateKey = seal.Seal(row.SealedPrivateKey, row.Id);
        }

        if (legacy.Count > 0)
        {
            await database.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Sealed {Count} signing keys stored as plain PEM", legacy.Count);
        }
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
        var id = $"{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        var key = new SigningKey
        {
            Id = id,
            SealedPrivateKey = seal.Seal(rsa.ExportPkcs8PrivateKeyPem(), id),
            CreatedAt = now,
        };
        database.SigningKeys.Add(key);
        await database.SaveChangesAsync(cancellationToken);
        return key.Id;
    }

    private static RsaSecurityKey ToSecurityKey(string keyId, string privateKeyPem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }
}
