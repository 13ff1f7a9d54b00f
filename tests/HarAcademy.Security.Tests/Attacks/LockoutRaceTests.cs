using System.Net;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>Finding 3: parallel wrong passwords got 16 password checks before the lockout answered.</summary>
public sealed class LockoutRaceTests(SecurityGraph graph)
{
    [Fact]
    public async Task Twenty_five_parallel_guesses_get_at_most_five_password_checks()
    {
        var (_, _, victim) = await graph.RegisterAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 25).Select(async attempt =>
        {
            using var response = await graph.LoginAsync(victim, $"Wrong-Password-{attempt}-x");
            return response.StatusCode;
        }));

        Assert.Equal(5, answers.Count(status => status == HttpStatusCode.Unauthorized));
        Assert.Equal(20, answers.Count(status => status == HttpStatusCode.TooManyRequests));
    }
}
