using HarAcademy.Auth.Tokens;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Security;

/// <summary>
/// Slows down password guessing. Every sign-in is counted against its account and its address before the password is
/// checked (<see cref="ThrottleCounters"/>: atomic, so parallel requests get no more checks than the limit); a success
/// clears the account's count and gives the address its hit back, so a classroom behind one address signs in freely
/// while failures from it are capped. Unknown emails are counted like real ones: a lockout reveals nothing about which
/// accounts exist.
/// </summary>
public sealed class LoginThrottle(ThrottleCounters counters, IOptions<AuthOptions> options)
{
    private ThrottleOptions Limits => options.Value.Throttle;

    /// <summary>Counts this sign-in attempt; when the account or the address is at its limit, how long to wait instead.</summary>
    public Task<TimeSpan?> ReserveLoginAsync(string email, string ip) => counters.TryTakeAsync(
        new Counter(AccountKey(email), Limits.MaxFailuresPerAccount, Limits.AccountLockout, RestartAtLimit: true),
        new Counter(IpKey(ip), Limits.MaxLoginAttemptsPerIp, Limits.IpWindow));

    /// <summary>The password was right: the account starts over, and the address's hit is given back.</summary>
    public async Task LoginSucceededAsync(string email, string ip)
    {
        await counters.ClearAsync(AccountKey(email));
        await counters.ReleaseAsync(IpKey(ip));
    }

    /// <summary>The account's count starts over (its owner proved themselves another way: a completed reset).</summary>
    public Task ClearAccountAsync(string email) => counters.ClearAsync(AccountKey(email));

    /// <summary>Counts a password-reset request; returns how long to wait when over the limit.</summary>
    public Task<TimeSpan?> ResetBlockedForAsync(string email, string ip) => counters.TryTakeAsync(
        new Counter($"auth:reset:account:{email}", Limits.MaxResetsPerAccount, Limits.ResetWindow),
        new Counter($"auth:reset:ip:{ip}", Limits.MaxResetsPerIp, Limits.ResetWindow));

    private static string AccountKey(string email) => $"auth:login:failures:{email}";
    private static string IpKey(string ip) => $"auth:login:ip-failures:{ip}";
}
