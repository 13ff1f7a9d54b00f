using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>How every Har service checks an access token, whoever holds the keys (auth itself, or others via JWKS).</summary>
public static class AccessTokenValidation
{
    public const string DefaultIssuer = "har-academy-auth";
    public const string DefaultAudience = "har-academy-api";
    public const string SubjectClaim = "sub";

    /// <summary>The JOSE <c>typ</c> of access tokens (RFC 9068): an ID token or any other JWT signed by the same keys is not one.</summary>
    public const string AccessTokenType = "at+jwt";

    public static TokenValidationParameters Parameters(string issuer, string audience, TimeProvider clock) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        NameClaimType = SubjectClaim,
        RoleClaimType = "role",
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidTypes = [AccessTokenType],
        ClockSkew = TimeSpan.FromSeconds(30),
        // Exactly the configured issuer. (JwtBearer also adds the issuer of a discovery document to the valid
        // issuers; a configured expectation must not be widened by what the network says.)
        IssuerValidator = (tokenIssuer, _, _) => tokenIssuer == issuer
            ? tokenIssuer
            : throw new SecurityTokenInvalidIssuerException($"The token's issuer is not the expected '{issuer}'."),
        // Lifetime against the injected clock, so expiry is testable without waiting.
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } end && now <= end + parameters.ClockSkew && (notBefore is not { } start || now >= start - parameters.ClockSkew);
        },
    };
}
