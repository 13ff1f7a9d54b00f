using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Auth.Tests.Infrastructure;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

public sealed class LoginTests(AuthHostFixture fixture, InfrastructureFixture infrastructure) : IClassFixture<AuthHostFixture>
{
    [Fact]
    public async Task The_right_password_signs_in_and_sets_the_refresh_cookie()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.Host.CreateBrowser(), email);
        var client = fixture.Host.CreateBrowser(); // a browser this account has not used yet

        using var response = await LoginAsync(client, email.ToUpperInvariant(), GoodPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.False(string.IsNullOrEmpty(session.AccessToken()));
        Assert.NotNull(session.GetProperty("user").GetProperty("last_login_at").GetString());
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Equal(2, cookies.Count);
        Assert.Contains(cookies, cookie => cookie.StartsWith("har_refresh=", StringComparison.Ordinal));
        Assert.Contains(cookies, cookie => cookie.StartsWith("har_device_", StringComparison.Ordinal)); // this browser is now known
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("httponly", cookie);
            Assert.Contains("samesite=strict", cookie);
            Assert.Contains("path=/api/v1/auth", cookie);
        });
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var client = fixture.Host.CreateBrowser();
        var email = NewEmail();
        await RegisterAsync(client, email);

        using var wrongPassword = await LoginAsync(client, email, "Not-The-Password-1");
        using var unknownEmail = await LoginAsync(client, NewEmail("nobody"), "Not-The-Password-1");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        var first = await ProblemAsync(wrongPassword);
        var second = await ProblemAsync(unknownEmail);
        Assert.Equal(first.GetProperty("title").GetString(), second.GetProperty("title").GetString());
        Assert.Equal(first.GetProperty("detail").GetString(), second.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_lock_it_out_of_the_account_with_429_and_retry_after_even_for_the_right_password()
    {
        var email = NewEmail();
        await RegisterAsync(fixture.Host.CreateBrowser(), email);
        const string address = "198.51.100.7";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await LoginAsync(fixture.Host.CreateBrowser(address), email, "Not-The-Password-1");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var locked = await LoginAsync(fixture.Host.CreateBrowser(address), email, GoodPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        var retryAfter = int.Parse(Assert.Single(locked.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 15 * 60);
        Assert.Equal(429, (await ProblemAsync(locked)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Unknown_emails_lock_exactly_like_real_ones()
    {
        var client = fixture.Host.CreateBrowser();
        var ghost = NewEmail("ghost");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await LoginAsync(client, ghost, "Not-The-Password-1")).Dispose();
        }

        using var locked = await LoginAsync(client, ghost, "Not-The-Password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }

    [Fact]
    public async Task Too_many_failed_attempts_from_one_ip_are_refused()
    {
        await using var host = new AuthServiceHost(infrastructure, new Dictionary<string, string?> { ["Auth:Throttle:MaxLoginAttemptsPerIp"] = "3" });
        var ip = $"192.0.2.{Random.Shared.Next(1, 255)}";
        var client = host.CreateBrowser(ip);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var failed = await LoginAsync(client, NewEmail(), "Not-The-Password-1");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var refused = await LoginAsync(client, NewEmail(), "Not-The-Password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));

        using var otherIp = await LoginAsync(host.CreateBrowser(), NewEmail(), "Not-The-Password-1");
        Assert.Equal(HttpStatusCode.Unauthorized, otherIp.StatusCode);
    }

    [Fact]
    public async Task A_suspended_account_cannot_sign_in_refresh_or_use_its_token()
    {
        var client = fixture.Host.CreateBrowser();
        var email = NewEmail();
        var session = await RegisterAsync(client, email);
        var admin = await AdminTokenAsync(fixture.Host.CreateBrowser());

        using var suspend = await SendAsync(client, HttpMethod.Patch, $"/api/v1/users/{session.UserId()}", admin, new { status = "suspended" });
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);

        using var login = await LoginAsync(fixture.Host.CreateBrowser(), email, GoodPassword);
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        using var refresh = await client.PostAsync("/api/v1/auth/refresh", null, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        using var me = await SendAsync(client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken());
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode); // its sessions ended with the suspension

        using var reactivate = await SendAsync(client, HttpMethod.Patch, $"/api/v1/users/{session.UserId()}", admin, new { status = "active" });
        using var again = await LoginAsync(fixture.Host.CreateBrowser(), email, GoodPassword);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
