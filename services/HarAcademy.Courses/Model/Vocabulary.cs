namespace HarAcademy.Courses.Model;

/// <summary>The closed sets of values the service stores and accepts (as lowercase strings, the wire form).</summary>
public static class CourseStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";
}

public static class Domains
{
    public static readonly string[] All = ["Excel", "R", "Python", "Other"];
}

public static class Levels
{
    public static readonly string[] All = ["beginner", "intermediate", "advanced"];
}

public static class PricingModels
{
    public const string Free = "free";
    public const string OneTime = "one_time";
    public const string Subscription = "subscription";
    public static readonly string[] All = [Free, OneTime, Subscription];
}

public static class LessonTypes
{
    public const string Video = "video";
    public const string Text = "text";
    public const string Quiz = "quiz";
    public const string Exercise = "exercise";
    public static readonly string[] All = [Video, Text, Quiz, Exercise];
}

public static class QuestionTypes
{
    public const string SingleChoice = "single_choice";
    public const string MultipleChoice = "multiple_choice";
    public const string TrueFalse = "true_false";
    public const string ShortAnswer = "short_answer";
    public static readonly string[] All = [SingleChoice, MultipleChoice, TrueFalse, ShortAnswer];
}

public static class EnrollmentStatuses
{
    public const string Active = "active";
    public const string Completed = "completed";
    public const string Dropped = "dropped";
    /// <summary>Taken back (a refunded purchase): no access, no certificate.</summary>
    public const string Revoked = "revoked";
}

public static class EnrollmentSources
{
    public const string Free = "free";
    public const string Purchase = "purchase";
    public const string Staff = "staff";
    /// <summary>Opened by a subscription: closed again when it ends (progress and certificate kept).</summary>
    public const string Subscription = "subscription";
}

public static class Roles
{
    public const string Learner = "learner";
    public const string Instructor = "instructor";
    public const string Admin = "admin";
}
