using StackExchange.Redis;

namespace HarAcademy.Auth.Security;

/// <summary>
/// Counters in Redis (shared by every auth replica) that slow down password guessing: failed sign-ins per account
/// lock it for a while, and attempts per IP are capped. Unknown emails are counted like real ones, so a lockout
/// reveals nothing about which accounts exist.
/// </summary>
public sealed class LoginThrottle(IConnectionMultiplexer redis)
{
    public const int MaxFailuresPerAccount = 5;
    public static readonly TimeSpan AccountLockout = TimeSpan.FromMinutes(15);
    public const int MaxAttemptsPerIp = 50;
    public static readonly TimeSpan IpWindow = TimeSpan.FromMinutes(5);
    public const int MaxResetsPerAccount = 3;
    public const int MaxResetsPerIp = 20;
    public static readonly TimeSpan ResetWindow = TimeSpan.FromHours(1);

    /// <summary>When sign-in is currently refused for this account or IP, how long until it is allowed again.</summary>
    public async Task<TimeSpan?> LoginBlockedForAsync(string email, string ip)
    {
        var database = redis.GetDatabase();
        var accountFailures = (int?)await database.StringGetAsync(AccountKey(email)) ?? 0;
        if (accountFailures >= MaxFailuresPerAccount)
        {
            return await database.KeyTimeToLiveAsync(AccountKey(email)) ?? AccountLockout;
        }

        var ipAttempts = await database.StringIncrementAsync(IpKey("login", ip));
        if (ipAttempts == 1)
        {
            await database.KeyExpireAsync(IpKey("login", ip), IpWindow);
        }

        return ipAttempts > MaxAttemptsPerIp ? await database.KeyTimeToLiveAsync(IpKey("login", ip)) ?? IpWindow : null;
    }

    public async Task RecordFailureAsync(string email)
    {
        var database = redis.GetDatabase();
        var failures = await database.StringIncrementAsync(AccountKey(email));
        if (failures == 1 || failures == MaxFailuresPerAccount)
        {
            // The lockout runs from the failure that triggered it.
            await database.KeyExpireAsync(AccountKey(email), AccountLockout);
        }
    }

    public Task RecordSuccessAsync(string email) => redis.GetDatabase().KeyDeleteAsync(AccountKey(email));

    /// <summary>Counts a password-reset request; returns how long to wait when over the limit.</summary>
    public async Task<TimeSpan?> ResetBlockedForAsync(string email, string ip)
    {
        var database = redis.GetDatabase();
        foreach (var (key, limit) in new[] { ($"auth:reset:account:{email}", MaxResetsPerAccount), (IpKey("reset", ip), MaxResetsPerIp) })
        {
            var count = await database.StringIncrementAsync(key);
            if (count == 1)
            {
                await database.KeyExpireAsync(key, ResetWindow);
            }

            if (count > limit)
            {
                return await database.KeyTimeToLiveAsync(key) ?? ResetWindow;
            }
        }

        return null;
    }

    private static string AccountKey(string email) => $"auth:login:failures:{email}";
    private static string IpKey(string action, string ip) => $"auth:{action}:ip:{ip}";
}
