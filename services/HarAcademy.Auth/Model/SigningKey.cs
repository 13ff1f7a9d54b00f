namespace HarAcademy.Auth.Model;

/// <summary>
/// An RSA key that signs access tokens. The newest active key signs; a retired key no longer signs but stays
/// published in the JWKS until every token it signed has expired.
/// </summary>
public sealed class SigningKey
{
    public required string Id { get; set; }
    /// <summary>The private key, sealed (<see cref="Tokens.SigningKeySeal"/>): never stored as plain PEM.</summary>
    public required string SealedPrivateKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}
