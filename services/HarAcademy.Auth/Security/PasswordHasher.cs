using HarAcademy.Auth.Tokens;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Security;

/// <summary>
/// BCrypt (BCrypt.Net-Next) with the configured work factor (12 by default). The "enhanced" mode pre-hashes with
/// SHA-384, so passwords longer than BCrypt's 72-byte limit are not silently truncated.
/// </summary>
public sealed class PasswordHasher(IOptions<AuthOptions> options)
{
    private readonly Lazy<string> _decoy = new(() => BCrypt.Net.BCrypt.EnhancedHashPassword("decoy-password-for-timing", options.Value.BcryptWorkFactor));

    public string Hash(string password) => BCrypt.Net.BCrypt.EnhancedHashPassword(password, options.Value.BcryptWorkFactor);

    public bool Verify(string password, string hash)
    {
        try
        {
            return BCrypt.Net.BCrypt.EnhancedVerify(password, hash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            return false; // an anonymized account's placeholder hash
        }
    }

    /// <summary>Spends the same time as a real check, so an unknown email cannot be told apart by timing.</summary>
    public void VerifyDecoy(string password) => BCrypt.Net.BCrypt.EnhancedVerify(password, _decoy.Value);
}
