namespace HarAcademy.Payments.Model;

/// <summary>A subscription plan: its monthly price (minor units) and what it opens.</summary>
public sealed record Plan(string Name, long AmountPerMonth, string Currency, string Grants);

/// <summary>
/// The plans on sale. What a plan opens is decided by the courses service from <see cref="Plan.Grants"/> (carried by
/// <c>SubscriptionChanged</c>): basic, every beginner-level course; pro and enterprise, every course.
/// </summary>
public static class Plans
{
    public const string Basic = "basic";
    public const string Pro = "pro";
    public const string Enterprise = "enterprise";

    public static readonly IReadOnlyList<Plan> All =
    [
        new(Basic, 900, "EUR", "beginner_courses"),
        new(Pro, 1900, "EUR", "all_courses"),
        new(Enterprise, 4900, "EUR", "all_courses"),
    ];

    public static Plan? Find(string? name) => All.FirstOrDefault(plan => plan.Name == name);

    /// <summary>The plan's rank, for telling an upgrade from a downgrade.</summary>
    public static int Rank(string name) => All.ToList().FindIndex(plan => plan.Name == name);
}
