using System.Net;
using System.Net.Http.Json;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>Finding 1: the development mailbox handed anyone a victim's reset link through the gateway.</summary>
public sealed class DevMailboxTests(SecurityGraph graph)
{
    private static CancellationToken Cancel => SecurityGraph.Cancel;

    [Theory]
    [InlineData("/api/v1/auth/dev/mailbox?to={0}")]
    [InlineData("/api/v1/AUTH/Dev/mailbox?to={0}")]
    [InlineData("/api/v1/auth/%64ev/mailbox?to={0}")]
    [InlineData("/api/v1/auth/./dev/mailbox?to={0}")]
    [InlineData("/api/v1/auth/dev")]
    public async Task No_one_reaches_the_mailbox_through_the_gateway_not_even_an_admin(string path)
    {
        var (_, _, victim) = await graph.RegisterAsync();
        using (var client = graph.Client())
        using (var reset = await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { email = victim }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Accepted, reset.StatusCode);
        }

        var url = string.Format(path, Uri.EscapeDataString(victim));
        using var anonymous = await graph.SendAsync(HttpMethod.Get, url, token: null);
        using var asAdmin = await graph.SendAsync(HttpMethod.Get, url, await graph.AdminTokenAsync());

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asAdmin.StatusCode);
        Assert.DoesNotContain("token=", await anonymous.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_mailbox_is_not_in_the_published_api_reference()
    {
        using var client = graph.Client();
        var document = await client.GetStringAsync("/api/docs/auth/openapi.json", Cancel);
        Assert.Contains("/api/v1/auth/login", document);
        Assert.DoesNotContain("/dev/", document);
    }

    [Fact]
    public async Task The_whole_takeover_fails_the_attacker_can_request_a_reset_but_never_sees_the_link()
    {
        var (_, _, victim) = await graph.RegisterAsync();
        using var client = graph.Client();
        (await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { email = victim }, Cancel)).Dispose();

        using var mailbox = await client.GetAsync($"/api/v1/auth/dev/mailbox?to={Uri.EscapeDataString(victim)}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, mailbox.StatusCode);
        using var guessedConfirm = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm",
            new { token = "guessed-token-guessed-token-guessed-token", new_password = "Attacker-Chosen-Password-9" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, guessedConfirm.StatusCode);
        using var owner = await graph.LoginAsync(victim, SecurityGraph.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }
}
