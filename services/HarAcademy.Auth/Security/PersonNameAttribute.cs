using System.ComponentModel.DataAnnotations;

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
        && !value.Any(InvisibleCharacters.IsControlOrFormat)
        && value.Any(character => char.IsLetterOrDigit(character) && !InvisibleCharacters.IsFiller(character));

    public override bool IsValid(object? value) => value is null || IsValid(value as string);
}
