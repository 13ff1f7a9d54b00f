using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace HarAcademy.Courses.Certificates;

/// <summary>
/// Certificate numbers: HAR-{year}-XXXX-XXXX-XXXX, 60 random bits in Crockford's base 32 (no I, L, O, U: nothing to
/// misread when typed from paper). Unguessable, so the public verification page cannot be walked.
/// </summary>
public static class CertificateNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset issuedAt)
    {
        Span<char> random = stackalloc char[12];
        for (var index = 0; index < random.Length; index++)
        {
            random[index] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"HAR-{issuedAt.Year}-{random[..4]}-{random[4..8]}-{random[8..]}";
    }

    /// <summary>The canonical form of a typed number (case, and the letters people confuse with digits, forgiven), or null.</summary>
    public static string? Normalize(string typed)
    {
        var upper = typed.Trim().ToUpperInvariant().Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return upper.Length <= 40 && Regex.IsMatch(upper, "^HAR-[0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$") ? upper : null;
    }
}
