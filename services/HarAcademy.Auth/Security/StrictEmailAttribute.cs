using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace HarAcademy.Auth.Security;

/// <summary>
/// An address a mail server would accept: <see cref="EmailAddressAttribute"/> only checks for an '@', so this also
/// requires a parseable address with no display name, a dotted domain and at most 254 characters.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class StrictEmailAttribute() : ValidationAttribute("Enter a valid email address, like name@example.com.")
{
    public static bool IsValid(string? value) =>
        value is { Length: > 3 and <= 254 }
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value.Trim()
        && address.DisplayName.Length == 0
        && address.Host.Contains('.')
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.')
        && !value.Any(char.IsWhiteSpace);

    public override bool IsValid(object? value) => value is null || IsValid(value as string);
}
