namespace HarAcademy.Auth.Tokens;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "har-academy-auth";
    public string Audience { get; set; } = "har-academy-api";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A new signing key is made when the active one is older than this; old keys stay published until their tokens expire.</summary>
    public TimeSpan SigningKeyRotationInterval { get; set; } = TimeSpan.FromDays(30);

    public int BcryptWorkFactor { get; set; } = 12;

    /// <summary>Marks the refresh cookie Secure. Off only for plain-HTTP development (set by Program in Development).</summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Where emailed links point (the web app).</summary>
    public string PublicWebUrl { get; set; } = "http://localhost:3000";

    public ThrottleOptions Throttle { get; set; } = new();

    public TimeSpan EmailVerificationLifetime { get; set; } = TimeSpan.FromDays(2);
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>Configuration section <c>Auth:Throttle</c>: how hard password guessing is made.</summary>
public sealed class ThrottleOptions
{
    public int MaxFailuresPerAccount { get; set; } = 5;
    public TimeSpan AccountLockout { get; set; } = TimeSpan.FromMinutes(15);
    public int MaxLoginAttemptsPerIp { get; set; } = 50; // failed ones
    public TimeSpan IpWindow { get; set; } = TimeSpan.FromMinutes(5);
    public int MaxResetsPerAccount { get; set; } = 3;
    public int MaxResetsPerIp { get; set; } = 20;
    public TimeSpan ResetWindow { get; set; } = TimeSpan.FromHours(1);
}
