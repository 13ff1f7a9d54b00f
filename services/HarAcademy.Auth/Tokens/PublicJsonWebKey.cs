using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.Auth.Tokens;

/// <summary>The public half of a signing key as the JWKS publishes it (RFC 7517): never the private exponent.</summary>
public sealed record PublicJsonWebKey(string Kty, string Use, string Alg, string Kid, string N, string E)
{
    public static PublicJsonWebKey From(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new("RSA", "sig", SecurityAlgorithms.RsaSha256, key.KeyId,
            Base64UrlEncoder.Encode(parameters.Modulus), Base64UrlEncoder.Encode(parameters.Exponent));
    }
}
