using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Security;

/// <summary>
/// Device cookies (OWASP's answer to lockouts anyone can trigger): after a successful sign-in the browser gets a
/// random, httpOnly cookie tied to the account. A later sign-in that presents it is throttled per device, not with
/// the attempts of unknown clients, so an attacker guessing from elsewhere cannot lock the owner out of a browser
/// they already used. The cookie proves nothing by itself: the password is still checked.
/// </summary>
public sealed class DeviceCookie(AuthDbContext database, IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string NamePrefix = "har_device_";
    private const int DevicesKeptPerUser = 20;

    /// <summary>
    /// One cookie per account (named from the account's email), so a browser shared by a family or a classroom stays
    /// known to each account that signed in on it.
    /// </summary>
    public static string NameFor(string email) => NamePrefix + OpaqueToken.Hash(email)[..16];

    /// <summary>The device id when the request carries a device cookie of the account with <paramref name="email"/>.</summary>
    public async Task<Guid?> RecognizeAsync(HttpRequest request, string email, CancellationToken cancellationToken)
    {
        if (!request.Cookies.TryGetValue(NameFor(email), out var token) || token.Length is 0 or > 100)
        {
            return null;
        }

        var hash = OpaqueToken.Hash(token);
        return await database.KnownDevices.Where(device => device.TokenHash == hash)
            .Join(database.Users.Where(user => user.Email == email), device => device.UserId, user => user.Id, (device, _) => (Guid?)device.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>After a successful sign-in: remembers this browser (a new cookie when it was not known), keeping the newest few per account.</summary>
    public async Task RememberAsync(HttpResponse response, Guid userId, string email, Guid? knownDevice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (knownDevice is { } id)
        {
            await database.KnownDevices.Where(device => device.Id == id)
                .ExecuteUpdateAsync(update => update.SetProperty(device => device.LastSignInAt, now), cancellationToken);
            return;
        }

        var token = OpaqueToken.New();
        database.KnownDevices.Add(new KnownDevice { UserId = userId, TokenHash = OpaqueToken.Hash(token), CreatedAt = now, LastSignInAt = now });
        await database.SaveChangesAsync(cancellationToken);
        await database.KnownDevices.Where(device => device.UserId == userId)
            .OrderByDescending(device => device.LastSignInAt).Skip(DevicesKeptPerUser)
            .ExecuteDeleteAsync(cancellationToken);
        response.Cookies.Append(NameFor(email), token, RefreshCookie.OptionsFor(options.Value, now.AddYears(1)));
    }
}
