using HarAcademy.Auth.Tokens;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Security;

/// <summary>
/// Slows down password guessing without handing anyone a way to lock the owner out. Every sign-in is counted before
/// the password is checked (<see cref="ThrottleCounters"/>: atomic, so parallel requests get no more checks than the
/// limit), on counters chosen by who is asking:
/// <list type="bullet">
/// <item>a browser that signed in to this account before (<see cref="DeviceCookie"/>): its own counter, and its address's;</item>
/// <item>any other client: the account from that address, all unknown clients of the account together (a larger
/// limit, against guessing spread over many addresses), and the address.</item>
/// </list>
/// Each lockout of the same device or address lasts twice the one before (up to a day). A success clears its
/// counters and gives the address its hit back, so a classroom behind one address signs in freely. Unknown emails are
/// counted like real ones: a lockout reveals nothing about which accounts exist.
/// </summary>
public sealed class LoginThrottle(ThrottleCounters counters, IOptions<AuthOptions> options)
{
    private ThrottleOptions Limits => options.Value.Throttle;

    /// <summary>Counts this sign-in attempt; when a counter is at its limit, how long to wait instead.</summary>
    public Task<TimeSpan?> ReserveLoginAsync(string email, string ip, Guid? device) => device is { } id
        ? counters.TryTakeAsync(Lockout(DeviceKey(id), Limits.MaxFailuresPerAccount), IpCounter(ip))
        : counters.TryTakeAsync(
            Lockout(SourceKey(email, ip), Limits.MaxFailuresPerAccount),
            new Counter(AccountKey(email), Limits.MaxUnknownClientFailuresPerAccount, Limits.AccountLockout, RestartAtLimit: true),
            IpCounter(ip));

    /// <summary>The password was right: the counters of this attempt start over, and the address's hit is given back.</summary>
    public async Task LoginSucceededAsync(string email, string ip, Guid? device)
    {
        if (device is { } id)
        {
            await counters.ClearAsync(DeviceKey(id));
        }
        else
        {
            await counters.ClearAsync(SourceKey(email, ip));
            await counters.ClearAsync(AccountKey(email));
        }

        await counters.ReleaseAsync(IpKey(ip));
    }

    /// <summary>The account's counts start over (its owner proved themselves another way: a completed reset).</summary>
    public async Task ClearAccountAsync(string email, string ip)
    {
        await counters.ClearAsync(AccountKey(email));
        await counters.ClearAsync(SourceKey(email, ip));
    }

    /// <summary>
    /// Counts a password-reset request; how long to wait when over the limit. A known device has its own count, so
    /// requests from elsewhere never stop the owner from resetting.
    /// </summary>
    public Task<TimeSpan?> ResetBlockedForAsync(string email, string ip, Guid? device) => device is { } id
        ? counters.TryTakeAsync(new Counter($"auth:reset:device:{id}", Limits.MaxResetsPerAccount, Limits.ResetWindow), ResetIpCounter(ip))
        : counters.TryTakeAsync(
            new Counter($"auth:reset:source:{email}:{ip}", Limits.MaxResetsPerAccount, Limits.ResetWindow),
            new Counter($"auth:reset:account:{email}", Limits.MaxUnknownClientResetsPerAccount, Limits.ResetWindow),
            ResetIpCounter(ip));

    /// <summary>
    /// Counts a sign-up from an address (every attempt: a 409 tells whether an email has an account, so the limit is
    /// what keeps that from being asked in bulk); how long to wait when over the limit.
    /// </summary>
    public Task<TimeSpan?> RegistrationBlockedForAsync(string ip) =>
        counters.TryTakeAsync(new Counter($"auth:register:ip:{ip}", Limits.MaxRegistrationsPerIp, Limits.RegistrationWindow));

    /// <summary>
    /// Counts a password check made for a signed-in user (changing the password, deleting the account): a stolen
    /// access token must not become a way to guess the password. A right password clears it (<see cref="PasswordCheckPassedAsync"/>).
    /// </summary>
    public Task<TimeSpan?> ReservePasswordCheckAsync(Guid userId) =>
        // Not escalating: a stolen token must not become a way to keep the owner from their own settings for a day.
        counters.TryTakeAsync(new Counter($"auth:password-check:user:{userId}", Limits.MaxFailuresPerAccount, Limits.AccountLockout, RestartAtLimit: true));

    public Task PasswordCheckPassedAsync(Guid userId) => counters.ClearAsync($"auth:password-check:user:{userId}");

    /// <summary>Counts a request to send the verification email again; how long to wait when over the limit.</summary>
    public Task<TimeSpan?> VerificationResendBlockedForAsync(Guid userId) =>
        counters.TryTakeAsync(new Counter($"auth:verify-resend:user:{userId}", Limits.MaxVerificationResends, Limits.ResetWindow));

    private Counter Lockout(string key, int limit) =>
        new(key, limit, Limits.AccountLockout, RestartAtLimit: true, EscalateUpTo: Limits.LongestLockout);

    private Counter IpCounter(string ip) => new(IpKey(ip), Limits.MaxLoginAttemptsPerIp, Limits.IpWindow);

    private Counter ResetIpCounter(string ip) => new($"auth:reset:ip:{ip}", Limits.MaxResetsPerIp, Limits.ResetWindow);

    private static string DeviceKey(Guid device) => $"auth:login:device:{device}";
    private static string SourceKey(string email, string ip) => $"auth:login:source:{email}:{ip}";
    private static string AccountKey(string email) => $"auth:login:unknown-clients:{email}";
    private static string IpKey(string ip) => $"auth:login:ip-failures:{ip}";
}
