using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Auth.Tests.Infrastructure;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

public sealed class AccountTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    private readonly HttpClient _client = fixture.Host.CreateBrowser();

    [Fact]
    public async Task A_user_updates_only_the_fields_sent()
    {
        var session = await RegisterAsync(_client);
        using var response = await SendAsync(_client, HttpMethod.Patch, "/api/v1/users/me", session.AccessToken(), new
        {
            first_name = "Augusta",
            language = "en",
            notification_settings = new { newsletter = true },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("Augusta", user.GetProperty("first_name").GetString());
        Assert.Equal("Lovelace", user.GetProperty("last_name").GetString());
        Assert.Equal("en", user.GetProperty("language").GetString());
        Assert.True(user.GetProperty("notification_settings").GetProperty("newsletter").GetBoolean());
        Assert.True(user.GetProperty("notification_settings").GetProperty("email_notifications").GetBoolean());

        using var invalid = await SendAsync(_client, HttpMethod.Patch, "/api/v1/users/me", session.AccessToken(), new { avatar_url = "javascript:alert(1)", language = "xx" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await ProblemAsync(invalid)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("avatar_url", out _));
        Assert.True(errors.TryGetProperty("language", out _));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_other_sessions()
    {
        var email = NewEmail();
        var session = await RegisterAsync(_client, email);
        var phone = fixture.Host.CreateBrowser();
        using var phoneLogin = await LoginAsync(phone, email, GoodPassword);
        var phoneToken = (await phoneLogin.Content.ReadFromJsonAsync<JsonElement>(Cancel)).AccessToken();

        using var wrong = await SendAsync(_client, HttpMethod.Post, "/api/v1/users/me/password", session.AccessToken(),
            new { current_password = "Not-The-Password-1", new_password = "Another-Good-Password-7" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        using var changed = await SendAsync(_client, HttpMethod.Post, "/api/v1/users/me/password", session.AccessToken(),
            new { current_password = GoodPassword, new_password = "Another-Good-Password-7" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.PostAsync("/api/v1/auth/refresh", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(phone, HttpMethod.Get, "/api/v1/users/me", phoneToken)).StatusCode);
        // The session that changed the password goes on.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(_client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/v1/auth/refresh", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(fixture.Host.CreateBrowser(), email, GoodPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(fixture.Host.CreateBrowser(), email, "Another-Good-Password-7")).StatusCode);
    }

    [Fact]
    public async Task The_password_reset_flow_works_end_to_end_and_reveals_nothing_about_unknown_emails()
    {
        var email = NewEmail();
        await RegisterAsync(_client, email, language: "en");
        fixture.Host.Clock.Advance(TimeSpan.FromSeconds(1)); // the reset email is the newest one
        var stranger = fixture.Host.CreateBrowser();

        using var known = await stranger.PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel);
        using var unknown = await stranger.PostAsJsonAsync("/api/v1/auth/password-reset", new { email = NewEmail("nobody") }, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);

        var (subject, token) = await fixture.Host.LatestEmailAsync(email);
        Assert.Equal("Reset your password", subject);

        using var weak = await stranger.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, new_password = "short" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        using var confirmed = await stranger.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, new_password = "Brand-New-Secret-42" }, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        using var reused = await stranger.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, new_password = "Brand-New-Secret-43" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.PostAsync("/api/v1/auth/refresh", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(stranger, email, "Brand-New-Secret-42")).StatusCode);
    }

    [Fact]
    public async Task Password_reset_requests_are_throttled_per_account()
    {
        var email = NewEmail();
        await RegisterAsync(_client, email);
        for (var request = 0; request < 3; request++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await _client.PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel)).StatusCode);
        }

        using var throttled = await _client.PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Deleting_the_account_anonymizes_it_and_ends_its_sessions()
    {
        var email = NewEmail();
        var session = await RegisterAsync(_client, email);

        using var wrongPassword = await SendAsync(_client, HttpMethod.Delete, "/api/v1/users/me", session.AccessToken(), new { password = "Not-The-Password-1" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        using var deleted = await SendAsync(_client, HttpMethod.Delete, "/api/v1/users/me", session.AccessToken(), new { password = GoodPassword });
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(fixture.Host.CreateBrowser(), email, GoodPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(_client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken())).StatusCode);

        var admin = await AdminTokenAsync(fixture.Host.CreateBrowser());
        var record = await (await SendAsync(_client, HttpMethod.Get, $"/api/v1/users/{session.UserId()}", admin)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("deleted", record.GetProperty("status").GetString());
        Assert.DoesNotContain(email, record.GetRawText());
        Assert.DoesNotContain("Ada", record.GetRawText());

        // The address is free again for a new account.
        await RegisterAsync(fixture.Host.CreateBrowser(), email);
    }

    [Fact]
    public async Task An_instructor_application_verified_by_an_admin_makes_an_instructor()
    {
        var session = await RegisterAsync(_client);
        using var applied = await SendAsync(_client, HttpMethod.Post, "/api/v1/users/me/instructor-application", session.AccessToken(), new
        {
            bio = "Ten years teaching Excel and Power Query to finance teams.",
            expertise_tags = new[] { "Excel", "power-query", "excel" },
        });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var info = (await applied.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("instructor_info");
        Assert.Equal("unverified", info.GetProperty("verification_status").GetString());
        Assert.Equal(["excel", "power-query"], info.GetProperty("expertise_tags").EnumerateArray().Select(tag => tag.GetString()));

        var admin = await AdminTokenAsync(fixture.Host.CreateBrowser());
        using var verified = await SendAsync(_client, HttpMethod.Patch, $"/api/v1/users/{session.UserId()}", admin, new { instructor_verification = "verified" });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var user = await verified.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("instructor", user.GetProperty("role").GetString());
        Assert.Equal("verified", user.GetProperty("instructor_info").GetProperty("verification_status").GetString());
    }

    [Fact]
    public async Task Admins_search_filter_and_page_through_users()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        for (var i = 0; i < 3; i++)
        {
            await RegisterAsync(_client, $"{marker}-{i}@example.com");
        }

        var admin = await AdminTokenAsync(fixture.Host.CreateBrowser());
        var page = await (await SendAsync(_client, HttpMethod.Get, $"/api/v1/users?search={marker}&role=learner&page=1&page_size=2", admin)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var second = await (await SendAsync(_client, HttpMethod.Get, $"/api/v1/users?search={marker}&page=2&page_size=2", admin)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Single(second.GetProperty("items").EnumerateArray());

        // LIKE wildcards in the search are literal, and bad filters are named.
        var wildcard = await (await SendAsync(_client, HttpMethod.Get, "/api/v1/users?search=%25", admin)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(0, wildcard.GetProperty("total").GetInt32());
        using var badRole = await SendAsync(_client, HttpMethod.Get, "/api/v1/users?role=wizard", admin);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        using var badSize = await SendAsync(_client, HttpMethod.Get, "/api/v1/users?page_size=1000", admin);
        Assert.Equal(HttpStatusCode.BadRequest, badSize.StatusCode);
    }

    [Fact]
    public async Task Admins_cannot_demote_themselves()
    {
        var client = fixture.Host.CreateBrowser();
        using var login = await LoginAsync(client, AuthServiceHost.AdminEmail, AuthServiceHost.AdminPassword);
        var session = await login.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var demote = await SendAsync(client, HttpMethod.Patch, $"/api/v1/users/{session.UserId()}", session.AccessToken(), new { role = "learner" });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
    }
}
