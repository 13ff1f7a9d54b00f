namespace HarAcademy.Courses.Model;

/// <summary>
/// What a learner's subscription opens, as payments last told (<c>SubscriptionChanged</c>): while active, the courses
/// its grant covers can be enrolled in without buying them. One row per learner; an older event never overwrites a newer.
/// </summary>
public sealed class SubscriptionAccess
{
    public Guid UserId { get; set; }
    public Guid SubscriptionId { get; set; }
    public string Plan { get; set; } = "";
    public string Grants { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset? RenewalDate { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool Covers(Course course) => Status == "active" && Grants switch
    {
        SubscriptionGrants.AllCourses => true,
        SubscriptionGrants.BeginnerCourses => course.Level == "beginner",
        _ => false,
    };
}

public static class SubscriptionGrants
{
    public const string AllCourses = "all_courses";
    public const string BeginnerCourses = "beginner_courses";
}
