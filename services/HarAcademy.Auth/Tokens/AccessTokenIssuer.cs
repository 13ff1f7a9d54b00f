using System.Security.Claims;
using HarAcademy.Auth.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.Auth.Tokens;

/// <summary>
/// Short-lived RS256 access tokens (RFC 9068 shape): <c>typ: at+jwt</c> and <c>kid</c> in the header; <c>sub</c>,
/// <c>sid</c> (the session, so ending it ends the token), <c>email</c>, <c>role</c>, <c>iss</c>, <c>aud</c>, <c>jti</c>.
/// </summary>
public sealed class AccessTokenIssuer(SigningKeyStore keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<(string Token, int ExpiresInSeconds)> IssueAsync(User user, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.AccessTokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = AccessTokenValidation.AccessTokenType,
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = await keys.GetSigningCredentialsAsync(cancellationToken),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
                new Claim(RevokedSessions.SessionClaim, sessionId.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, user.Email),
                new Claim("role", user.Role),
                // Shown by other services (an instructor on a course page, a learner on a certificate) without asking auth.
                new Claim(JwtRegisteredClaimNames.Name, $"{user.FirstName} {user.LastName}".Trim()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.CreateVersion7().ToString("N")),
            ]),
        });
        return (token, (int)lifetime.TotalSeconds);
    }
}
