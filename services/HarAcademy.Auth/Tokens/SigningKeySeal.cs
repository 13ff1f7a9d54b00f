using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Tokens;

/// <summary>
/// Seals the signing keys' private parts before they reach the database (AES-256-GCM under a key-encryption key that
/// lives outside it: <see cref="AuthOptions.KeyEncryptionKey"/>, a secret the AppHost generates), so a copy of the
/// database or a backup does not let anyone sign tokens. Each sealed key is bound to its key id (associated data):
/// a sealed value moved to another row does not open.
/// Not Data Protection: its key ring would live beside the data it protects, and protecting the ring needs a
/// secret from outside all the same; this is that secret used directly.
/// </summary>
public sealed class SigningKeySeal
{
    private const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SigningKeySeal(IOptions<AuthOptions> options)
    {
        var secret = options.Value.KeyEncryptionKey;
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < 16)
        {
            throw new InvalidOperationException(
                "Auth:KeyEncryptionKey is not set (at least 16 characters): it seals the token-signing keys in the database. The AppHost generates one (parameter auth-key-encryption-key).");
        }

        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: "har-academy signing keys"u8.ToArray());
    }

    /// <summary>Whether <paramref name="stored"/> is a private key stored before sealing existed (plain PEM).</summary>
    public static bool IsUnsealed(string stored) => stored.StartsWith("-----BEGIN", StringComparison.Ordinal);

    public string Seal(string privateKeyPem, string keyId)
    {
        var plain = Encoding.UTF8.GetBytes(privateKeyPem);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(keyId));
        return Version + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The private key's PEM, or null when it does not open (another key-encryption key, or altered).</summary>
    public string? Unseal(string stored, string keyId)
    {
        if (!stored.StartsWith(Version, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var sealedBytes = Convert.FromBase64String(stored[Version.Length..]);
            var length = sealedBytes.Length - NonceSize - TagSize;
            var plain = new byte[length];
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(keyId));
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }
}
