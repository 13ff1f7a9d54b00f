using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>
/// Finding 8: an access token kept working for up to 15 minutes after what should have ended it. Each event below
/// ends it at once, everywhere: at auth, at the gateway's own endpoints, and at the hub's negotiate.
/// </summary>
public sealed class SessionEndTests(SecurityGraph graph)
{
    private static CancellationToken Cancel => SecurityGraph.Cancel;

    /// <summary>Somewhere to sign in with a cookie jar (the refresh cookie), and the access token it got.</summary>
    private async Task<(HttpClient Browser, string Token)> SignInAsync(string email, string password = SecurityGraph.GoodPassword)
    {
        var browser = graph.Client();
        using var login = await graph.LoginAsync(email, password, browser);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (browser, (await login.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!);
    }

    /// <summary>What the token opens: a service behind the gateway, the gateway's own API, the hub.</summary>
    private async Task<HttpStatusCode[]> WhatTheTokenOpensAsync(string token)
    {
        using var me = await graph.SendAsync(HttpMethod.Get, "/api/v1/users/me", token);
        using var unread = await graph.SendAsync(HttpMethod.Get, "/api/v1/notifications/unread-count", token);
        using var negotiate = await graph.SendAsync(HttpMethod.Post, "/hubs/notifications/negotiate?negotiateVersion=1", token);
        return [me.StatusCode, unread.StatusCode, negotiate.StatusCode];
    }

    private async Task AssertOpenAsync(string token) => Assert.All(await WhatTheTokenOpensAsync(token), status => Assert.Equal(HttpStatusCode.OK, status));

    private async Task AssertEndedAsync(string token) => Assert.All(await WhatTheTokenOpensAsync(token), status => Assert.Equal(HttpStatusCode.Unauthorized, status));

    [Fact]
    public async Task Logout_ends_that_sessions_access_token_and_no_other()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var (laptop, laptopToken) = await SignInAsync(email);
        var (phone, phoneToken) = await SignInAsync(email);
        using var _ = laptop;
        using var __ = phone;
        await AssertOpenAsync(laptopToken);

        using var logout = await laptop.PostAsync("/api/v1/auth/logout", null, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        await AssertEndedAsync(laptopToken);
        await AssertOpenAsync(phoneToken);
    }

    [Fact]
    public async Task Logout_everywhere_ends_every_access_token()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var (laptop, laptopToken) = await SignInAsync(email);
        var (phone, phoneToken) = await SignInAsync(email);
        using var _ = laptop;
        using var __ = phone;

        using var logoutAll = await graph.SendAsync(HttpMethod.Post, "/api/v1/auth/logout-all", laptopToken);
        Assert.Equal(HttpStatusCode.NoContent, logoutAll.StatusCode);

        await AssertEndedAsync(laptopToken);
        await AssertEndedAsync(phoneToken);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_access_tokens()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var (laptop, laptopToken) = await SignInAsync(email);
        var (thief, thiefToken) = await SignInAsync(email);
        using var _ = laptop;
        using var __ = thief;

        using var changed = await graph.SendAsync(HttpMethod.Post, "/api/v1/users/me/password", laptopToken,
            new { current_password = SecurityGraph.GoodPassword, new_password = "A-Whole-New-Secret-31" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        await AssertEndedAsync(thiefToken);
        await AssertOpenAsync(laptopToken);
    }

    [Fact]
    public async Task A_password_reset_ends_every_access_token()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var (thief, thiefToken) = await SignInAsync(email);
        using var _ = thief;

        using var client = graph.Client();
        (await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel)).Dispose();
        var link = await graph.LatestLinkTokenAsync(email);
        using var confirmed = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token = link, new_password = "Reset-Secret-For-Owner-8" }, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);

        await AssertEndedAsync(thiefToken);
    }

    [Theory]
    [InlineData("demotion")]
    [InlineData("suspension")]
    public async Task An_admins_demotion_or_suspension_ends_its_access_tokens(string change)
    {
        var (id, email) = await graph.NewAdminAsync();
        var (browser, token) = await SignInAsync(email);
        using var _ = browser;
        using (var adminOnly = await graph.SendAsync(HttpMethod.Get, "/api/v1/users?page=1", token))
        {
            Assert.Equal(HttpStatusCode.OK, adminOnly.StatusCode);
        }

        using var changed = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{id}", await graph.AdminTokenAsync(),
            change == "demotion" ? new { role = "learner" } : new { status = "suspended" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        await AssertEndedAsync(token);
        // The old token no longer even reaches the admin check (the demoted admin promoted itself back with it).
        using var promoteSelf = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{id}", token, new { role = "admin", status = "active" });
        Assert.Equal(HttpStatusCode.Unauthorized, promoteSelf.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_ends_its_access_tokens_at_the_gateway_too()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var (laptop, laptopToken) = await SignInAsync(email);
        var (phone, phoneToken) = await SignInAsync(email);
        using var _ = laptop;
        using var __ = phone;

        using var deleted = await graph.SendAsync(HttpMethod.Delete, "/api/v1/users/me", laptopToken, new { password = SecurityGraph.GoodPassword });
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        await AssertEndedAsync(laptopToken);
        await AssertEndedAsync(phoneToken);
    }

    [Fact]
    public async Task A_replayed_refresh_token_ends_the_session_and_its_access_token()
    {
        var (_, _, email) = await graph.RegisterAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = graph.Gateway };
        (await graph.LoginAsync(email, SecurityGraph.GoodPassword, browser)).Dispose();
        var stolen = cookies.GetCookies(new Uri(graph.Gateway, "/api/v1/auth/refresh"))["har_refresh"]!.Value;
        string token;
        using (var refreshed = await browser.PostAsync("/api/v1/auth/refresh", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            token = (await refreshed.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
        }

        await Task.Delay(SecurityGraph.RefreshReuseGrace + TimeSpan.FromSeconds(0.5), Cancel); // past the grace two tabs get for refreshing at once
        using var thief = graph.Client();
        using var replay = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/refresh");
        replay.Headers.Add("Cookie", $"har_refresh={stolen}");
        using var replayed = await thief.SendAsync(replay, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);

        await AssertEndedAsync(token);
    }
}
