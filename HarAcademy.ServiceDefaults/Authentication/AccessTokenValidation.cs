using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>How every Har service checks an access token, whoever holds the keys (auth itself, or others via JWKS).</summary>
public static class AccessTokenValidation
{
    public const string DefaultIssuer = "har-academy-auth";
    public const string DefaultAudience = "har-academy-api";

    public static TokenValidationParameters Parameters(string issuer, string audience, TimeProvider clock) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        NameClaimType = "sub",
        RoleClaimType = "role",
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        // Lifetime against the injected clock, so expiry is testable without waiting.
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } end && now <= end + parameters.ClockSkew && (notBefore is not { } start || now >= start - parameters.ClockSkew);
        },
    };
}
