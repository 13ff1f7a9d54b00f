using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Seeding;

/// <summary>
/// Development only: the admin from <c>Seed:AdminEmail</c> / <c>Seed:AdminPassword</c>, and a few demo instructors and
/// learners (password: <c>Seed:DemoPassword</c>); the AppHost maps its parameters onto these. Idempotent: existing
/// emails are left alone.
/// </summary>
public sealed class DevelopmentSeeder(AuthDbContext database, PasswordHasher hasher, IOptions<SeedOptions> options, TimeProvider clock, ILogger<DevelopmentSeeder> logger)
{
    private static readonly (string Email, string First, string Last, string Role, string Bio, string[] Tags)[] DemoAccounts =
    [
        ("amina.haddad@demo.har.academy", "Amina", "Haddad", Roles.Instructor, "Analyste de données, j'enseigne Excel et Power Query depuis dix ans.", ["excel", "data-analysis"]),
        ("lucas.martin@demo.har.academy", "Lucas", "Martin", Roles.Instructor, "Statisticien, passionné par R et la visualisation des données.", ["r", "statistics"]),
        ("sarah.benali@demo.har.academy", "Sarah", "Benali", Roles.Learner, "", []),
        ("thomas.durand@demo.har.academy", "Thomas", "Durand", Roles.Learner, "", []),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (adminEmail, adminPassword, demoPassword) = options.Value;
        if (!string.IsNullOrWhiteSpace(adminEmail) && !string.IsNullOrWhiteSpace(adminPassword))
        {
            await EnsureAsync(adminEmail, "Admin", "Har Academy", Roles.Admin, adminPassword, null, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(demoPassword))
        {
            foreach (var (email, first, last, role, bio, tags) in DemoAccounts)
            {
                var instructor = role == Roles.Instructor
                    ? new InstructorInfo { Bio = bio, ExpertiseTags = [.. tags], VerificationStatus = VerificationStatuses.Verified, AppliedAt = clock.GetUtcNow() }
                    : null;
                await EnsureAsync(email, first, last, role, demoPassword, instructor, cancellationToken);
            }
        }
    }

    private async Task EnsureAsync(string email, string firstName, string lastName, string role, string password, InstructorInfo? instructor, CancellationToken cancellationToken)
    {
        email = email.Trim().ToLowerInvariant();
        if (await database.Users.AnyAsync(user => user.Email == email, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        database.Users.Add(new User
        {
            Email = email,
            PasswordHash = hasher.Hash(password),
            FirstName = firstName,
            LastName = lastName,
            Role = role,
            CreatedAt = now,
            UpdatedAt = now,
            EmailVerifiedAt = now,
            InstructorInfo = instructor,
        });
        await database.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Role} account {Email}", role, email);
    }
}
