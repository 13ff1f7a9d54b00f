using System.Security.Cryptography;
using System.Text;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Authoring;

/// <summary>
/// <c>POST /internal/content-announcements</c>: announces every published course's content again (one
/// <c>CourseUpdated</c> each, through the outbox), for the AI service's first start and its re-index. The AI service
/// proves itself with the content sync key the AppHost shares between the two; the gateway never routes <c>/internal</c>.
/// </summary>
public static class ContentAnnouncementsApi
{
    public const string KeyHeader = "X-Har-Operator-Key";

    public static IEndpointRouteBuilder MapContentAnnouncementsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/internal/content-announcements", Announce).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<ContentAnnouncements>, ProblemHttpResult>> Announce(
        HttpRequest request, CoursesDbContext database, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var expected = configuration["Courses:ContentSyncKey"];
        var given = request.Headers[KeyHeader].ToString();
        if (string.IsNullOrEmpty(expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Problem("The content sync key is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var published = await database.Courses.AsNoTracking().Where(course => course.Status == CourseStatuses.Published)
            .OrderBy(course => course.Id).Select(course => course.Id).ToListAsync(cancellationToken);
        // A transaction per course: a catalog of any size never holds one long transaction (or one huge outbox batch).
        foreach (var courseId in published)
        {
            await database.InTransactionAsync(async token =>
            {
                await CourseChanges.AnnounceContentAsync(database, courseId, token);
                await database.SaveChangesAsync(token);
                return true;
            }, cancellationToken);
        }

        return TypedResults.Ok(new ContentAnnouncements(published.Count));
    }
}

public sealed record ContentAnnouncements(int Announced);
