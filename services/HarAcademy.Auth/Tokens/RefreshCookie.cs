using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Tokens;

/// <summary>
/// The refresh token's only home on the web: an httpOnly, SameSite=Strict cookie scoped to <c>/api/v1/auth</c>
/// (Secure outside plain-HTTP development), so page scripts never see it and other sites cannot send it.
/// </summary>
public sealed class RefreshCookie(IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Name = "har_refresh";
    public const string Path = "/api/v1/auth";

    public void Write(HttpResponse response, string token) =>
        response.Cookies.Append(Name, token, Options(clock.GetUtcNow() + options.Value.RefreshTokenLifetime));

    public void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options(null));

    public static string? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && value.Length is > 0 and <= 100 ? value : null;

    private CookieOptions Options(DateTimeOffset? expires) => OptionsFor(options.Value, expires);

    /// <summary>How every auth cookie is set (the refresh token's, the device cookie): scripts and other sites never see it.</summary>
    public static CookieOptions OptionsFor(AuthOptions options, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = options.SecureCookies,
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Expires = expires,
        IsEssential = true,
    };
}
