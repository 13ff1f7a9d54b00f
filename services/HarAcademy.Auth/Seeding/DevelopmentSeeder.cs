using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Security;
using HarAcademy.Contracts.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Seeding;

/// <summary>
/// Development only: the admin from <c>Seed:AdminEmail</c> / <c>Seed:AdminPassword</c>, and a few demo instructors and
/// learners (password: <c>Seed:DemoPassword</c>); the AppHost maps its parameters onto these (their values are generated
/// once and kept). Idempotent: a seeded account that exists keeps its data, and takes the configured password if its
/// own differs (so the password the dashboard shows is always the one that works).
/// </summary>
public sealed class DevelopmentSeeder(AuthDbContext database, PasswordHasher hasher, IOptions<SeedOptions> options, TimeProvider clock, ILogger<DevelopmentSeeder> logger)
{
    // Fixed ids (HarAcademy.Contracts' DemoAccounts): the courses seeder gives these instructors their courses.
    private static readonly (DemoAccounts.Account Account, string Bio, string[] Tags)[] Demo =
    [
        (DemoAccounts.Amina, "Analyste de données, j'enseigne Excel et Power Query depuis dix ans.", ["excel", "data-analysis"]),
        (DemoAccounts.Lucas, "Statisticien, passionné par R et la visualisation des données.", ["r", "statistics"]),
        (DemoAccounts.Sarah, "", []),
        (DemoAccounts.Thomas, "", []),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (adminEmail, adminPassword, demoPassword) = options.Value;
        var wanted = new List<(Guid? Id, string Email, string First, string Last, string Role, string Password, InstructorInfo? Instructor)>();
        if (!string.IsNullOrWhiteSpace(adminEmail) && !string.IsNullOrWhiteSpace(adminPassword))
        {
            wanted.Add((null, adminEmail, "Admin", "Har Academy", Roles.Admin, adminPassword, null));
        }

        if (!string.IsNullOrWhiteSpace(demoPassword))
        {
            wanted.AddRange(Demo.Select(demo => ((Guid?)demo.Account.Id, demo.Account.Email, demo.Account.FirstName, demo.Account.LastName, demo.Account.Role, demoPassword,
                demo.Account.Role == Roles.Instructor
                    ? new InstructorInfo { Bio = demo.Bio, ExpertiseTags = [.. demo.Tags], VerificationStatus = VerificationStatuses.Verified, AppliedAt = clock.GetUtcNow() }
                    : null)));
        }

        var emails = wanted.Select(account => EmailAddresses.LookupForm(account.Email)).ToArray();
        var existing = await database.Users.Where(user => emails.Contains(user.Email)).ToDictionaryAsync(user => user.Email, cancellationToken);
        // BCrypt at work factor 12 takes about a third of a second per hash or check here: done side by side, start-up
        // waits for about one of them per core.
        var newHashes = await Task.WhenAll(wanted.Zip(emails).Select(pair => Task.Run(() =>
            existing.TryGetValue(pair.Second, out var user) && hasher.Verify(pair.First.Password, user.PasswordHash)
                ? null
                : hasher.Hash(pair.First.Password), cancellationToken)));
        var now = clock.GetUtcNow();
        foreach (var (account, email, hash) in wanted.Zip(emails, newHashes))
        {
            if (hash is null)
            {
                continue;
            }

            if (existing.TryGetValue(email, out var user))
            {
                user.PasswordHash = hash;
                user.UpdatedAt = now;
                logger.LogInformation("Seeded {Role} account {Email} takes the configured password", account.Role, email);
                continue;
            }

            database.Users.Add(new User
            {
                Id = account.Id ?? Guid.CreateVersion7(),
                Email = email,
                PasswordHash = hash,
                FirstName = account.First,
                LastName = account.Last,
                Role = account.Role,
                CreatedAt = now,
                UpdatedAt = now,
                EmailVerifiedAt = now,
                InstructorInfo = account.Instructor,
            });
            logger.LogInformation("Seeded {Role} account {Email}", account.Role, email);
        }

        await database.SaveChangesAsync(cancellationToken);
    }
}
