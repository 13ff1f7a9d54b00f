using Microsoft.AspNetCore.Http.HttpResults;

namespace HarAcademy.Auth.Extensions;

/// <summary>The ProblemDetails this service answers with, so each failure reads the same everywhere.</summary>
public static class Problems
{
    public static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem("The email or password is incorrect.", statusCode: StatusCodes.Status401Unauthorized, title: "Invalid credentials");

    public static ProblemHttpResult InvalidRefreshToken(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Invalid refresh token");

    public static ProblemHttpResult AccountSuspended() =>
        TypedResults.Problem("This account is suspended. Contact support to restore it.", statusCode: StatusCodes.Status403Forbidden, title: "Account suspended");

    public static ProblemHttpResult TooManyAttempts(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString();
        return TypedResults.Problem($"Too many attempts. Try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts");
    }

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
