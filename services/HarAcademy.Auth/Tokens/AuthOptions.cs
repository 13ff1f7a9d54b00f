namespace HarAcademy.Auth.Tokens;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "har-academy-auth";
    public string Audience { get; set; } = "har-academy-api";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>A session unused this long ends (each refresh starts it again)…</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>…and every session ends this long after its sign-in, however often it is refreshed.</summary>
    public TimeSpan SessionAbsoluteLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A refresh token rotated less than this long ago may be presented again while its session lives (tabs sharing one
    /// cookie refresh at once) and gets a sibling; presented later, it counts as stolen and ends the session.
    /// </summary>
    public TimeSpan RefreshReuseGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A new signing key is made when the active one is older than this; old keys stay published until their tokens expire.</summary>
    public TimeSpan SigningKeyRotationInterval { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The secret that seals the signing keys' private parts in the database (the AppHost generates it).</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>
    /// When signing keys cannot be unsealed (the secret was lost): false stops the service with an error, true retires
    /// them and makes a new key. An operator's decision, made once.
    /// </summary>
    public bool DiscardUnreadableSigningKeys { get; set; }

    public int BcryptWorkFactor { get; set; } = 12;

    /// <summary>Marks the refresh cookie Secure. Off only for plain-HTTP development (set by Program in Development).</summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Where the public reaches the API: the gateway (the AppHost sets it). Discovery and OpenAPI documents name it.</summary>
    public string PublicUrl { get; set; } = "http://localhost:8000";

    /// <summary>Where emailed links point (the web app).</summary>
    public string PublicWebUrl { get; set; } = "http://localhost:3000";

    public ThrottleOptions Throttle { get; set; } = new();

    public TimeSpan EmailVerificationLifetime { get; set; } = TimeSpan.FromDays(2);
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>Configuration section <c>Auth:Throttle</c>: how hard password guessing is made.</summary>
public sealed class ThrottleOptions
{
    /// <summary>Failed sign-ins to one account from one known device, or from one address, before a lockout of that device or address.</summary>
    public int MaxFailuresPerAccount { get; set; } = 5;

    /// <summary>Failed sign-ins to one account from every unknown client together (guessing spread over many addresses).</summary>
    public int MaxUnknownClientFailuresPerAccount { get; set; } = 20;

    /// <summary>The first lockout; each next one of the same device or address lasts twice as long, up to <see cref="LongestLockout"/>.</summary>
    public TimeSpan AccountLockout { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan LongestLockout { get; set; } = TimeSpan.FromHours(24);
    public int MaxLoginAttemptsPerIp { get; set; } = 50; // failed ones
    public TimeSpan IpWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reset emails per account from one known device or one address…</summary>
    public int MaxResetsPerAccount { get; set; } = 3;

    /// <summary>…and from every unknown client together.</summary>
    public int MaxUnknownClientResetsPerAccount { get; set; } = 10;

    public int MaxResetsPerIp { get; set; } = 20;

    /// <summary>Reset and verification emails are counted over this window.</summary>
    public TimeSpan ResetWindow { get; set; } = TimeSpan.FromHours(1);

    public int MaxVerificationResends { get; set; } = 3;

    /// <summary>Sign-up attempts from one address (a school's network signs up a class; a script probing emails is held off).</summary>
    public int MaxRegistrationsPerIp { get; set; } = 20;

    public TimeSpan RegistrationWindow { get; set; } = TimeSpan.FromHours(1);
}
