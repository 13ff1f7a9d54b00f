namespace HarAcademy.Auth.Seeding;

/// <summary>Development accounts (section <c>Seed</c>): an admin, and a password for the demo instructors and learners. Unset, none is made.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? DemoPassword { get; set; }

    public void Deconstruct(out string? adminEmail, out string? adminPassword, out string? demoPassword) =>
        (adminEmail, adminPassword, demoPassword) = (AdminEmail, AdminPassword, DemoPassword);
}
