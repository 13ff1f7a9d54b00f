using HarAcademy.Courses.Model;

namespace HarAcademy.Courses.Authoring;

/// <summary>What a course needs before learners can see it; each unmet rule is one reason in the 422.</summary>
public static class PublishRules
{
    public const int MinimumDescriptionLength = 50;

    public static List<string> Check(Course course, IReadOnlyList<CourseModule> modules)
    {
        var reasons = new List<string>();
        var lessons = modules.SelectMany(module => module.Lessons).ToList();
        if (!modules.Any(module => module.Lessons.Count > 0))
        {
            reasons.Add("The course needs at least one module with at least one lesson.");
        }

        if (course.Description.Trim().Length < MinimumDescriptionLength)
        {
            reasons.Add($"The description needs at least {MinimumDescriptionLength} characters.");
        }

        if (course.Price.PricingModel != PricingModels.Free && course.Price.Amount <= 0)
        {
            reasons.Add("A paid course needs a price above zero.");
        }

        foreach (var lesson in lessons)
        {
            var missing = lesson.Type switch
            {
                LessonTypes.Video when string.IsNullOrWhiteSpace(lesson.Video?.Url) => "has no video",
                LessonTypes.Text when string.IsNullOrWhiteSpace(lesson.Markdown) => "has no text",
                LessonTypes.Quiz when lesson.Quiz is not { Questions.Count: > 0 } => "has no questions",
                LessonTypes.Exercise when string.IsNullOrWhiteSpace(lesson.Exercise?.Instructions) => "has no instructions",
                _ => null,
            };
            if (missing is not null)
            {
                reasons.Add($"Lesson \"{lesson.Title}\" {missing}.");
            }
        }

        return reasons;
    }
}
