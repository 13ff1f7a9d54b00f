using Zxcvbn.Matcher;

namespace HarAcademy.Auth.Security;

/// <summary>
/// At least 10 characters, at most 256; not one of the 10,000 most common passwords (nor a capitalised, l33t or
/// reversed form of one); not easy to guess by the patterns attackers try first (keyboard walks, repeats, dates,
/// sequences: under 20 bits, about a million guesses); not built on the account's own email or name.
/// The guessing estimate is zxcvbn's (zxcvbn-core), with its ranked list of leaked passwords.
/// </summary>
public sealed class PasswordPolicy
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 256;
    public const int CommonPasswordRank = 10_000;
    private const double FewestBits = 20;

    /// <summary>The reason the password is refused, or null when it is acceptable.</summary>
    public string? Check(string? password, string? email = null, string? firstName = null, string? lastName = null)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"The password must have at least {MinimumLength} characters.";
        }

        if (password.Length > MaximumLength)
        {
            return $"The password must have at most {MaximumLength} characters.";
        }

        var normalized = password.Trim().ToLowerInvariant();
        var personal = new[] { email?.Split('@')[0], email, firstName, lastName }
            .Where(part => part is { Length: >= 4 })
            .Select(part => part!.ToLowerInvariant())
            .ToList();
        if (personal.Any(part => normalized.Contains(part, StringComparison.Ordinal)))
        {
            return "The password must not contain your email address or name.";
        }

        var estimate = Zxcvbn.Zxcvbn.MatchPassword(password, personal);
        if (estimate.MatchSequence.ToList() is [DictionaryMatch { DictionaryName: "passwords", Rank: <= CommonPasswordRank }])
        {
            return "This is one of the most common passwords; choose a less predictable one.";
        }

        if (estimate.Entropy < FewestBits)
        {
            return "This password is too easy to guess (a common word, pattern, sequence or repeat); choose a less predictable one.";
        }

        return null;
    }
}
