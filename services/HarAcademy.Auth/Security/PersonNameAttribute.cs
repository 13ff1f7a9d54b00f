using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace HarAcademy.Auth.Security;

/// <summary>
/// A name people can read: not blank, not made only of characters that show nothing (zero-width spaces, joiners,
/// fillers), and without invisible or control characters inside. The same rule at sign-up and at profile update.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PersonNameAttribute() : ValidationAttribute("Enter a name with visible letters, without invisible characters.")
{
    public static bool IsValid(string? value) =>
        value is not null
        && !value.Any(character => char.GetUnicodeCategory(character) is UnicodeCategory.Control or UnicodeCategory.Format)
        && value.Any(character => char.IsLetterOrDigit(character) && character is not ('\u3164' or '\u115F' or '\u1160' or '\uFFA0'));

    public override bool IsValid(object? value) => value is null || IsValid(value as string);
}
