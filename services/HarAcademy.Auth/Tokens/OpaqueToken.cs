using System.Security.Cryptography;
using System.Text;

namespace HarAcademy.Auth.Tokens;

/// <summary>Random bearer secrets (refresh, email tokens) and the hash under which they are stored.</summary>
public static class OpaqueToken
{
    /// <summary>256 random bits, base64url: unguessable, and safe in cookies and URLs.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 is enough here (unlike for passwords): the secret is random, so there is nothing to brute-force.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
