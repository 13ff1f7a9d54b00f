namespace HarAcademy.Contracts.Users;

/// <summary>
/// The development demo accounts, with fixed ids so that every service's development seeder refers to the same people
/// (auth creates the accounts; courses gives the instructors their courses and the learners their enrollments).
/// Never used outside Development.
/// </summary>
public static class DemoAccounts
{
    public sealed record Account(Guid Id, string Email, string FirstName, string LastName, string Role);

    public static readonly Account Amina = new(Guid.Parse("0193a000-0000-7000-8000-00000000a001"), "amina.haddad@demo.har.academy", "Amina", "Haddad", "instructor");
    public static readonly Account Lucas = new(Guid.Parse("0193a000-0000-7000-8000-00000000a002"), "lucas.martin@demo.har.academy", "Lucas", "Martin", "instructor");
    public static readonly Account Sarah = new(Guid.Parse("0193a000-0000-7000-8000-00000000b001"), "sarah.benali@demo.har.academy", "Sarah", "Benali", "learner");
    public static readonly Account Thomas = new(Guid.Parse("0193a000-0000-7000-8000-00000000b002"), "thomas.durand@demo.har.academy", "Thomas", "Durand", "learner");

    public static readonly IReadOnlyList<Account> All = [Amina, Lucas, Sarah, Thomas];

    public static Account? ByEmail(string email) => All.FirstOrDefault(account => string.Equals(account.Email, email, StringComparison.OrdinalIgnoreCase));
}
