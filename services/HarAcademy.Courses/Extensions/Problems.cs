using Microsoft.AspNetCore.Http.HttpResults;

namespace HarAcademy.Courses.Extensions;

/// <summary>The ProblemDetails this service answers with, so each failure reads the same everywhere.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"No {what} has this id.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NotYours(string detail = "Only the course's instructor or an admin may change this course.") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult NotEnrolled() =>
        TypedResults.Problem("Enroll in this course to open this lesson.", statusCode: StatusCodes.Status403Forbidden, title: "Not enrolled");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult Unprocessable(string title, string detail, IReadOnlyList<string>? reasons = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title,
            extensions: reasons is null ? null : new Dictionary<string, object?> { ["reasons"] = reasons });

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult PaymentRequired() =>
        TypedResults.Problem("This course is paid: buy it through the payments service to enroll.", statusCode: StatusCodes.Status402PaymentRequired, title: "Payment required");
}
