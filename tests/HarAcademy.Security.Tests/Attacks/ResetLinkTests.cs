using System.Net;
using System.Net.Http.Json;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>Finding 7: a reset link worked many times in parallel, and older links kept working.</summary>
public sealed class ResetLinkTests(SecurityGraph graph)
{
    private static CancellationToken Cancel => SecurityGraph.Cancel;

    private async Task<string> RequestResetAsync(string email)
    {
        using var client = graph.Client();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await graph.LatestLinkTokenAsync(email);
    }

    private async Task<HttpStatusCode> ConfirmAsync(string token, string password)
    {
        using var client = graph.Client();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, new_password = password }, Cancel);
        return response.StatusCode;
    }

    [Fact]
    public async Task Ten_parallel_confirmations_of_one_link_set_the_password_once()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var token = await RequestResetAsync(email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(attempt => ConfirmAsync(token, $"Parallel-Password-{attempt}-ok")));

        Assert.Equal(1, answers.Count(status => status == HttpStatusCode.NoContent));
        Assert.Equal(9, answers.Count(status => status == HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_newer_reset_retires_the_older_link()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var older = await RequestResetAsync(email);
        var newer = await RequestResetAsync(email);

        Assert.Equal(HttpStatusCode.NoContent, await ConfirmAsync(newer, "Newer-Link-Password-1"));
        Assert.Equal(HttpStatusCode.BadRequest, await ConfirmAsync(older, "Older-Link-Password-1"));
        using var login = await graph.LoginAsync(email, "Newer-Link-Password-1");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_password_change_retires_every_outstanding_link()
    {
        var (token, _, email) = await graph.RegisterAsync();
        var link = await RequestResetAsync(email);

        using var changed = await graph.SendAsync(HttpMethod.Post, "/api/v1/users/me/password", token,
            new { current_password = SecurityGraph.GoodPassword, new_password = "Changed-By-Owner-Password-2" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, await ConfirmAsync(link, "Attacker-Link-Password-3"));
        using var owner = await graph.LoginAsync(email, "Changed-By-Owner-Password-2");
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }
}
