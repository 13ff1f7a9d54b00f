using HarAcademy.Auth.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.Auth.Apis;

/// <summary>What other services need to validate our tokens: the JWKS and an OpenID-style discovery document.</summary>
public static class KeysApi
{
    public sealed record KeySet(IReadOnlyList<PublicJsonWebKey> Keys);

    public sealed record RotatedKey(string Kid);

    public static RouteGroupBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Keys");
        group.MapGet("/.well-known/jwks.json", GetKeySet).AllowAnonymous();
        group.MapGet("/.well-known/openid-configuration", GetDiscoveryDocument).AllowAnonymous();
        group.MapPost("/keys/rotate", Rotate).RequireAuthorization(AdminUsersApi.AdminPolicy);
        return group;
    }

    public static async Task<Ok<KeySet>> GetKeySet(SigningKeyStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(new KeySet(await store.GetPublicKeysAsync(cancellationToken)));
    }

    /// <summary>
    /// Addresses from the configured public URL (<see cref="AuthOptions.PublicUrl"/>: the gateway), never from the
    /// request's Host or X-Forwarded-Proto, which a client chooses, and never the service's own internal address.
    /// </summary>
    public static Ok<Dictionary<string, object>> GetDiscoveryDocument(IOptions<AuthOptions> options)
    {
        var baseUrl = $"{options.Value.PublicUrl.TrimEnd('/')}/api/v1/auth";
        return TypedResults.Ok(new Dictionary<string, object>
        {
            ["issuer"] = options.Value.Issuer,
            ["jwks_uri"] = $"{baseUrl}/.well-known/jwks.json",
            ["token_endpoint"] = $"{baseUrl}/login",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["token_endpoint_auth_methods_supported"] = new[] { "none" },
            ["claims_supported"] = new[] { "sub", "sid", "email", "role", "iss", "aud", "exp", "iat", "jti" },
        });
    }

    public static async Task<Ok<RotatedKey>> Rotate(SigningKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new RotatedKey(await store.RotateAsync(cancellationToken)));
}
