using HarAcademy.Auth.Data;
using HarAcademy.Auth.Extensions;
using HarAcademy.Auth.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Auth.Apis;

/// <summary>
/// <c>GET /internal/people?after=&amp;limit=</c>: the names of the accounts not deleted, by id, a page at a time. For the AI
/// service's first start and re-index: its at-risk lists name learners from <c>UserRegistered</c>/<c>UserUpdated</c>, and
/// the stream no longer holds those of accounts made before it came (or before the index was rebuilt). Read over HTTP
/// rather than announced as events again, so that no other consumer processes every account a second time. The AI service
/// proves itself with the content sync key the AppHost shares with it; the gateway never routes <c>/internal</c>.
/// </summary>
public static class PeopleDirectoryApi
{
    private const int MaxPage = 1000;

    public static IEndpointRouteBuilder MapPeopleDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/internal/people", List).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<PeoplePage>, ValidationProblem, ProblemHttpResult>> List(
        HttpRequest request, AuthDbContext database, IConfiguration configuration, Guid? after, int? limit, CancellationToken cancellationToken)
    {
        if (!OperatorKey.Matches(configuration["Auth:ContentSyncKey"], request.Headers[OperatorKey.HeaderName].ToString()))
        {
            return TypedResults.Problem("The content sync key is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        if (limit is < 1 or > MaxPage)
        {
            return Problems.Field("limit", $"Between 1 and {MaxPage}.");
        }

        var size = limit ?? MaxPage;
        var query = database.Users.AsNoTracking().Where(user => user.Status != UserStatuses.Deleted);
        if (after is { } start)
        {
            query = query.Where(user => user.Id.CompareTo(start) > 0);
        }

        var people = await query.OrderBy(user => user.Id).Take(size)
            .Select(user => new Person(user.Id, user.FirstName, user.LastName)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PeoplePage(people, people.Count == size ? people[^1].Id : null));
    }
}

public sealed record Person(Guid Id, string FirstName, string LastName);

/// <param name="Next">The <c>after</c> of the next page; null on the last one.</param>
public sealed record PeoplePage(IReadOnlyList<Person> People, Guid? Next);
