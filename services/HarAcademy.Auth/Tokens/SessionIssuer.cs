using HarAcademy.Auth.Apis;
using HarAcademy.Auth.Model;

namespace HarAcademy.Auth.Tokens;

/// <summary>Signs a user in: a fresh access token in the body, the refresh token (new family or rotated) in the cookie.</summary>
public sealed class SessionIssuer(AccessTokenIssuer accessTokens, RefreshTokenService refreshTokens, RefreshCookie cookie)
{
    public async Task<TokenResponse> StartAsync(User user, HttpResponse response, CancellationToken cancellationToken)
    {
        var refresh = await refreshTokens.IssueAsync(user.Id, familyId: null, cancellationToken);
        return await RespondAsync(user, refresh, response, cancellationToken);
    }

    public async Task<TokenResponse> RespondAsync(User user, string refreshToken, HttpResponse response, CancellationToken cancellationToken)
    {
        var (accessToken, expiresIn) = await accessTokens.IssueAsync(user, cancellationToken);
        cookie.Write(response, refreshToken);
        response.Headers.CacheControl = "no-store";
        return new TokenResponse(accessToken, "Bearer", expiresIn, UserResponse.From(user));
    }
}
