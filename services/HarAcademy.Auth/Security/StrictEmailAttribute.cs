using System.ComponentModel.DataAnnotations;

namespace HarAcademy.Auth.Security;

/// <summary>
/// An address a mail server would accept and that cannot pass for another (<see cref="EmailAddresses.Normalize"/>):
/// <see cref="EmailAddressAttribute"/> only checks for an '@'.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class StrictEmailAttribute() : ValidationAttribute("Enter a valid email address, like name@example.com.")
{
    public static bool IsValid(string? value) => EmailAddresses.Normalize(value) is not null;

    public override bool IsValid(object? value) => value is null || IsValid(value as string);
}
