namespace HarAcademy.Auth.Security;

/// <summary>At least 10 characters, at most 256, not a commonly used password, not the account's own email or name.</summary>
public sealed class PasswordPolicy
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 256;

    private static readonly HashSet<string> CommonPasswords = LoadCommonPasswords();

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
        if (CommonPasswords.Contains(normalized) || normalized.Distinct().Count() <= 2)
        {
            return "This password is too common; choose a less predictable one.";
        }

        var personal = new[] { email?.Split('@')[0], email, firstName, lastName }
            .Where(part => part is { Length: >= 4 })
            .Select(part => part!.ToLowerInvariant());
        if (personal.Any(part => normalized.Contains(part, StringComparison.Ordinal)))
        {
            return "The password must not contain your email address or name.";
        }

        return null;
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line.Trim().ToLowerInvariant());
            }
        }

        return passwords;
    }
}
