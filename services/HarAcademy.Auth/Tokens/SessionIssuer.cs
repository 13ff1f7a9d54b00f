using HarAcademy.Auth.Apis;
using HarAcademy.Auth.Model;

namespace HarAcademy.Auth.Tokens;

/// <summary>Signs a user in: a fresh access token in the body, the refresh token (new family or rotated) in the cookie.</summary>
public sealed class SessionIssuer(AccessTokenIssuer accessTokens, RefreshTokenService refreshTokens, RefreshCookie cookie)
{
    public async Task<TokenResponse> StartAsync(User user, HttpResponse response, CancellationToken cancellationToken)
    {
        var refresh = await refreshTokens.StartSessionAsync(user.Id, cancellationToken);
        return await RespondAsync(user, refresh, response, cancellationToken);
    }

    public async Task<TokenResponse> RespondAsync(User user, IssuedRefreshToken refresh, HttpResponse response, CancellationToken cancellationToken)
    {
        var (accessToken, expiresIn) = await accessTokens.IssueAsync(user, refresh.SessionId, cancellationToken);
        cookie.Write(response, refresh.Token);
        response.Headers.CacheControl = "no-store";
        return new TokenResponse(accessToken, "Bearer", expiresIn, UserResponse.From(user));
    }
}
