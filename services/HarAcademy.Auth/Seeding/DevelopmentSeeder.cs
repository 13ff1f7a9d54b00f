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
        var wanted = new List<(string Email, string First, string Last, string Role, string Password, InstructorInfo? Instructor)>();
        if (!string.IsNullOrWhiteSpace(adminEmail) && !string.IsNullOrWhiteSpace(adminPassword))
        {
            wanted.Add((adminEmail, "Admin", "Har Academy", Roles.Admin, adminPassword, null));
        }

        if (!string.IsNullOrWhiteSpace(demoPassword))
        {
            wanted.AddRange(DemoAccounts.Select(account => (account.Email, account.First, account.Last, account.Role, demoPassword,
                account.Role == Roles.Instructor
                    ? new InstructorInfo { Bio = account.Bio, ExpertiseTags = [.. account.Tags], VerificationStatus = VerificationStatuses.Verified, AppliedAt = clock.GetUtcNow() }
                    : null)));
        }

        var emails = wanted.Select(account => account.Email.Trim().ToLowerInvariant()).ToArray();
        var existing = await database.Users.Where(user => emails.Contains(user.Email)).Select(user => user.Email).ToListAsync(cancellationToken);
        var missing = wanted.Where(account => !existing.Contains(account.Email.Trim().ToLowerInvariant())).ToArray();
        // BCrypt at work factor 12 takes about a third of a second per hash here: hashed side by side, the first run
        // of a fresh graph starts sooner.
        var hashes = await Task.WhenAll(missing.Select(account => Task.Run(() => hasher.Hash(account.Password), cancellationToken)));
        var now = clock.GetUtcNow();
        foreach (var (account, hash) in missing.Zip(hashes))
        {
            database.Users.Add(new User
            {
                Email = account.Email.Trim().ToLowerInvariant(),
                PasswordHash = hash,
                FirstName = account.First,
                LastName = account.Last,
                Role = account.Role,
                CreatedAt = now,
                UpdatedAt = now,
                EmailVerifiedAt = now,
                InstructorInfo = account.Instructor,
            });
            logger.LogInformation("Seeded {Role} account {Email}", account.Role, account.Email);
        }

        await database.SaveChangesAsync(cancellationToken);
    }
}
