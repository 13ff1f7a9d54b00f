using HarAcademy.Auth.Tokens;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HarAcademy.Auth.Security;

/// <summary>
/// Counters in Redis (shared by every auth replica) that slow down password guessing: failed sign-ins per account
/// lock it for a while, and failed sign-ins per IP are capped (only failures: a classroom behind one address signs in
/// freely). Unknown emails are counted like real ones, so a lockout reveals nothing about which accounts exist.
/// </summary>
public sealed class LoginThrottle(IConnectionMultiplexer redis, IOptions<AuthOptions> options)
{
    private ThrottleOptions Limits => options.Value.Throttle;

    /// <summary>When sign-in is currently refused for this account or IP, how long until it is allowed again.</summary>
    public async Task<TimeSpan?> LoginBlockedForAsync(string email, string ip)
    {
        var database = redis.GetDatabase();
        var accountFailures = (int?)await database.StringGetAsync(AccountKey(email)) ?? 0;
        if (accountFailures >= Limits.MaxFailuresPerAccount)
        {
            return await database.KeyTimeToLiveAsync(AccountKey(email)) ?? Limits.AccountLockout;
        }

        var ipFailures = (int?)await database.StringGetAsync(IpKey(ip)) ?? 0;
        return ipFailures >= Limits.MaxLoginAttemptsPerIp ? await database.KeyTimeToLiveAsync(IpKey(ip)) ?? Limits.IpWindow : null;
    }

    public async Task RecordFailureAsync(string email, string ip)
    {
        var database = redis.GetDatabase();
        if (await database.StringIncrementAsync(IpKey(ip)) == 1)
        {
            await database.KeyExpireAsync(IpKey(ip), Limits.IpWindow);
        }

        var failures = await database.StringIncrementAsync(AccountKey(email));
        if (failures == 1 || failures == Limits.MaxFailuresPerAccount)
        {
            // The lockout runs from the failure that triggered it.
            await database.KeyExpireAsync(AccountKey(email), Limits.AccountLockout);
        }
    }

    public Task RecordSuccessAsync(string email) => redis.GetDatabase().KeyDeleteAsync(AccountKey(email));

    /// <summary>Counts a password-reset request; returns how long to wait when over the limit.</summary>
    public async Task<TimeSpan?> ResetBlockedForAsync(string email, string ip)
    {
        var database = redis.GetDatabase();
        return await CountAsync(database, $"auth:reset:account:{email}", Limits.MaxResetsPerAccount, Limits.ResetWindow)
            ?? await CountAsync(database, $"auth:reset:ip:{ip}", Limits.MaxResetsPerIp, Limits.ResetWindow);
    }

    /// <summary>A fixed-window counter: the first hit opens the window; hits over the limit wait for it to close.</summary>
    private static async Task<TimeSpan?> CountAsync(IDatabase database, string key, int limit, TimeSpan window)
    {
        var count = await database.StringIncrementAsync(key);
        if (count == 1)
        {
            await database.KeyExpireAsync(key, window);
        }

        return count > limit ? await database.KeyTimeToLiveAsync(key) ?? window : null;
    }

    private static string AccountKey(string email) => $"auth:login:failures:{email}";
    private static string IpKey(string ip) => $"auth:login:ip-failures:{ip}";
}
