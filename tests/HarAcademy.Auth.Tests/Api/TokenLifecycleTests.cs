using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Auth.Tests.Infrastructure;
using HarAcademy.Auth.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

/// <summary>Refresh rotation and reuse detection, expiry on a controlled clock, key rotation. Each test has its own host and clock.</summary>
public sealed class TokenLifecycleTests(InfrastructureFixture infrastructure)
{
    private static string? RefreshCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(cookie => cookie.Split(';')[0]).FirstOrDefault(cookie => cookie.StartsWith("har_refresh=", StringComparison.Ordinal))?["har_refresh=".Length..]
            : null;

    private static async Task<HttpResponseMessage> RefreshWithAsync(AuthServiceHost host, string refreshToken)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/refresh");
        request.Headers.Add("Cookie", $"har_refresh={refreshToken}");
        return await client.SendAsync(request, Cancel);
    }

    /// <summary>A new account's first refresh token, as its sign-up cookie carries it.</summary>
    private static async Task<string> RegisterForRefreshTokenAsync(AuthServiceHost host)
    {
        using var registered = await host.CreateBrowser().PostAsJsonAsync("/api/v1/auth/register",
            new { email = NewEmail(), password = GoodPassword, first_name = "A", last_name = "B" }, Cancel);
        return RefreshCookieOf(registered)!;
    }

    private static string KeyIdOf(string accessToken) => new JsonWebToken(accessToken).Kid;

    [Fact]
    public async Task Each_refresh_rotates_the_token_and_reusing_an_old_one_revokes_the_whole_family()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var first = await RegisterForRefreshTokenAsync(host);

        using var rotated = await RefreshWithAsync(host, first);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = RefreshCookieOf(rotated)!;
        Assert.NotEqual(first, second);
        var session = await rotated.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.False(string.IsNullOrEmpty(session.AccessToken()));

        // Someone replays the first token (stolen earlier), after the few seconds' grace two tabs get: refused, and
        // the legitimate session dies with it, its access token included.
        host.Clock.Advance(TimeSpan.FromSeconds(11));
        using var replay = await RefreshWithAsync(host, first);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("already used", (await ProblemAsync(replay)).GetProperty("detail").GetString());
        using var afterReuse = await RefreshWithAsync(host, second);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
        using var me = await SendAsync(host.CreateBrowser(), HttpMethod.Get, "/api/v1/users/me", session.AccessToken());
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Tabs_refreshing_with_one_cookie_at_the_same_moment_all_stay_signed_in()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var token = await RegisterForRefreshTokenAsync(host);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RefreshWithAsync(host, token)));
        Assert.All(results, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var next = results.Select(RefreshCookieOf).ToList();
        Assert.Equal(4, next.Distinct().Count());
        foreach (var sibling in next)
        {
            using var refreshed = await RefreshWithAsync(host, sibling!);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        }
    }

    [Fact]
    public async Task The_grace_for_tabs_never_brings_an_ended_session_back()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var first = await RegisterForRefreshTokenAsync(host);
        using var rotated = await RefreshWithAsync(host, first);
        var second = RefreshCookieOf(rotated)!;

        // The owner signs out; a thief holding the token rotated a moment ago tries the grace.
        var owner = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
        logout.Headers.Add("Cookie", $"har_refresh={second}");
        Assert.Equal(HttpStatusCode.NoContent, (await owner.SendAsync(logout, Cancel)).StatusCode);

        using var revived = await RefreshWithAsync(host, first);
        Assert.Equal(HttpStatusCode.Unauthorized, revived.StatusCode);
        Assert.True(string.IsNullOrEmpty(RefreshCookieOf(revived)), "no new refresh token for an ended session");
    }

    [Fact]
    public async Task A_session_ends_30_days_after_sign_in_however_often_it_is_refreshed()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var token = await RegisterForRefreshTokenAsync(host);
        for (var day = 0; day < 2; day++)
        {
            host.Clock.Advance(TimeSpan.FromDays(13));
            using var refreshed = await RefreshWithAsync(host, token);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            token = RefreshCookieOf(refreshed)!;
        }

        host.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromMinutes(1)); // 30 days and a minute after sign-in
        using var expired = await RefreshWithAsync(host, token);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", (await ProblemAsync(expired)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_refresh_token_expires_after_its_lifetime()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var token = await RegisterForRefreshTokenAsync(host);

        host.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        using var expired = await RefreshWithAsync(host, token);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", (await ProblemAsync(expired)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_access_token_stops_working_after_15_minutes()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);

        host.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var stillValid = await SendAsync(client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken()))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        using var expired = await SendAsync(client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("application/problem+json", expired.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rotating_keys_keeps_old_tokens_valid_until_they_expire_then_drops_the_old_key()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var admin = await AdminTokenAsync(client);
        var oldKid = KeyIdOf(admin);

        using var rotate = await SendAsync(client, HttpMethod.Post, "/api/v1/auth/keys/rotate", admin);
        Assert.Equal(HttpStatusCode.OK, rotate.StatusCode);
        var newKid = (await rotate.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("kid").GetString();
        Assert.NotEqual(oldKid, newKid);

        var jwks = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/.well-known/jwks.json", Cancel);
        var kids = jwks.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).ToArray();
        Assert.Contains(oldKid, kids);
        Assert.Contains(newKid, kids);
        using (var oldTokenStillWorks = await SendAsync(client, HttpMethod.Get, "/api/v1/users/me", admin))
        {
            Assert.Equal(HttpStatusCode.OK, oldTokenStillWorks.StatusCode);
        }

        var fresh = await AdminTokenAsync(client);
        Assert.Equal(newKid, KeyIdOf(fresh));

        // Past the access-token lifetime and clock skew, the retired key is no longer published.
        host.Clock.Advance(TimeSpan.FromMinutes(21));
        jwks = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/.well-known/jwks.json", Cancel);
        kids = jwks.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).ToArray();
        Assert.DoesNotContain(oldKid, kids);
        Assert.Contains(newKid, kids);
    }

    [Fact]
    public async Task The_signing_key_rotates_by_itself_when_it_is_older_than_the_interval()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var before = KeyIdOf(await AdminTokenAsync(client));

        host.Clock.Advance(TimeSpan.FromDays(31));

        Assert.NotEqual(before, KeyIdOf(await AdminTokenAsync(client)));
    }

    [Fact]
    public async Task Tokens_carry_the_documented_claims_and_the_jwks_and_discovery_are_public()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);
        var token = new JsonWebToken(session.AccessToken());

        Assert.Equal("RS256", token.Alg);
        Assert.Equal("har-academy-auth", token.Issuer);
        Assert.Equal("har-academy-api", Assert.Single(token.Audiences));
        Assert.Equal(session.UserId().ToString(), token.Subject);
        Assert.Equal("learner", token.GetClaim("role").Value);
        Assert.Equal(session.GetProperty("user").GetProperty("email").GetString(), token.GetClaim("email").Value);
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
        Assert.Equal("at+jwt", token.Typ);
        Assert.True(Guid.TryParse(token.GetClaim("sid").Value, out _));

        var jwks = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/.well-known/jwks.json", Cancel);
        var key = jwks.GetProperty("keys").EnumerateArray().Single(candidate => candidate.GetProperty("kid").GetString() == token.Kid);
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _), "the private exponent must never be published");
        var discovery = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/.well-known/openid-configuration", Cancel);
        Assert.Equal("har-academy-auth", discovery.GetProperty("issuer").GetString());
        Assert.EndsWith("/api/v1/auth/.well-known/jwks.json", discovery.GetProperty("jwks_uri").GetString());
    }

    [Fact]
    public async Task Discovery_and_openapi_documents_name_the_configured_public_address_whatever_the_request_says()
    {
        await using var host = new AuthServiceHost(infrastructure, new Dictionary<string, string?> { ["Auth:PublicUrl"] = "https://api.har-academy.test" });
        var client = host.CreateBrowser();
        foreach (var path in new[] { "/api/v1/auth/.well-known/openid-configuration", "/openapi/v1.json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "attacker.example";
            request.Headers.Add("X-Forwarded-Proto", "http");
            request.Headers.Add("X-Forwarded-Host", "attacker.example");
            using var response = await client.SendAsync(request, Cancel);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.DoesNotContain("attacker.example", text);
            Assert.DoesNotContain("localhost", text);
            Assert.Contains("https://api.har-academy.test", text);
        }
    }

    [Fact]
    public async Task Signing_keys_are_sealed_in_the_database_and_a_copy_of_it_without_the_secret_signs_nothing()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<HarAcademy.Auth.Data.AuthDbContext>().SigningKeys.Select(key => key.SealedPrivateKey).ToListAsync(Cancel);
            Assert.NotEmpty(stored);
            Assert.All(stored, value => Assert.DoesNotContain("PRIVATE KEY", value));
        }

        // The same database under another secret (a stolen copy, or a replica with a stale secret): the keys do not
        // open, and the service refuses to start rather than destroy keys the other replicas sign with…
        await using (var stale = new AuthServiceHost(infrastructure, database: host.Database))
        {
            var refused = Assert.ThrowsAny<Exception>(() => stale.CreateClient());
            Assert.Contains("cannot be unsealed", refused.ToString());
        }

        // …unless the operator declares the old secret lost: the old keys are retired, their tokens refused, a new key signs.
        await using var other = new AuthServiceHost(infrastructure, new Dictionary<string, string?> { ["Auth:DiscardUnreadableSigningKeys"] = "true" }, database: host.Database);
        var otherClient = other.CreateBrowser();
        using (var me = await SendAsync(otherClient, HttpMethod.Get, "/api/v1/users/me", session.AccessToken()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        }

        var fresh = await RegisterAsync(otherClient);
        Assert.NotEqual(KeyIdOf(session.AccessToken()), KeyIdOf(fresh.AccessToken()));
        using var works = await SendAsync(otherClient, HttpMethod.Get, "/api/v1/users/me", fresh.AccessToken());
        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
    }

    [Fact]
    public async Task Signing_keys_stored_as_plain_pem_before_sealing_are_sealed_and_keep_working()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        await RegisterAsync(client);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<HarAcademy.Auth.Data.AuthDbContext>();
            using var rsa = System.Security.Cryptography.RSA.Create(2048);
            database.SigningKeys.Add(new HarAcademy.Auth.Model.SigningKey { Id = "legacy-plain-key", SealedPrivateKey = rsa.ExportPkcs8PrivateKeyPem(), CreatedAt = host.Clock.GetUtcNow().AddMinutes(1) });
            await database.SaveChangesAsync(Cancel);
        }

        // A new host over it (the store reads keys at start): the plain key becomes the newest active one, sealed.
        await using var restarted = new AuthServiceHost(infrastructure, new Dictionary<string, string?> { ["Auth:KeyEncryptionKey"] = host.KeyEncryptionKey }, database: host.Database);
        restarted.Clock.SetUtcNow(host.Clock.GetUtcNow().AddMinutes(2));
        var session = await RegisterAsync(restarted.CreateBrowser());
        Assert.Equal("legacy-plain-key", KeyIdOf(session.AccessToken()));
        await using var scope2 = restarted.Services.CreateAsyncScope();
        var stored = await scope2.ServiceProvider.GetRequiredService<HarAcademy.Auth.Data.AuthDbContext>().SigningKeys.SingleAsync(key => key.Id == "legacy-plain-key", Cancel);
        Assert.DoesNotContain("PRIVATE KEY", stored.SealedPrivateKey);
    }

    [Fact]
    public async Task Logout_ends_one_session_and_logout_all_ends_every_session()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var laptop = host.CreateBrowser();
        var email = NewEmail();
        var session = await RegisterAsync(laptop, email);
        var phone = host.CreateBrowser();
        (await LoginAsync(phone, email, GoodPassword)).Dispose();
        var tablet = host.CreateBrowser();
        (await LoginAsync(tablet, email, GoodPassword)).Dispose();

        using (var logout = await laptop.PostAsync("/api/v1/auth/logout", null, Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.PostAsync("/api/v1/auth/refresh", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfMeAsync(laptop, session.AccessToken()));
        using var phoneRefresh = await phone.PostAsync("/api/v1/auth/refresh", null, Cancel);
        var phoneToken = (await phoneRefresh.Content.ReadFromJsonAsync<JsonElement>(Cancel)).AccessToken();
        Assert.Equal(HttpStatusCode.OK, await StatusOfMeAsync(phone, phoneToken));

        using (var logoutAll = await SendAsync(phone, HttpMethod.Post, "/api/v1/auth/logout-all", phoneToken))
        {
            Assert.Equal(HttpStatusCode.NoContent, logoutAll.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await tablet.PostAsync("/api/v1/auth/refresh", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfMeAsync(phone, phoneToken));
    }

    private static async Task<HttpStatusCode> StatusOfMeAsync(HttpClient client, string accessToken)
    {
        using var response = await SendAsync(client, HttpMethod.Get, "/api/v1/users/me", accessToken);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_token_signed_by_auth_but_not_typed_as_an_access_token_or_naming_no_session_is_refused()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);
        var credentials = await host.Services.GetRequiredService<SigningKeyStore>().GetSigningCredentialsAsync(Cancel);

        string Mint(string? type, bool withSession) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            TokenType = type,
            Issuer = "har-academy-auth",
            Audience = "har-academy-api",
            Expires = host.Clock.GetUtcNow().UtcDateTime.AddMinutes(10),
            SigningCredentials = credentials,
            Claims = withSession
                ? new Dictionary<string, object> { ["sub"] = session.UserId().ToString(), ["sid"] = Guid.NewGuid().ToString(), ["role"] = "learner" }
                : new Dictionary<string, object> { ["sub"] = session.UserId().ToString(), ["role"] = "learner" },
        });

        Assert.Equal(HttpStatusCode.OK, await StatusOfMeAsync(client, Mint("at+jwt", withSession: true))); // the control: a well-made token passes
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfMeAsync(client, Mint(null, withSession: true))); // "JWT": an ID token's type
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfMeAsync(client, Mint("at+jwt", withSession: false)));
    }

    [Theory]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMTAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYWRtaW4iLCJpc3MiOiJoYXItYWNhZGVteS1hdXRoIiwiYXVkIjoiaGFyLWFjYWRlbXktYXBpIiwiZXhwIjo0MTAyNDQ0ODAwfQ.")]
    [InlineData("not-a-jwt")]
    public async Task Unsigned_or_malformed_tokens_are_refused(string token)
    {
        await using var host = new AuthServiceHost(infrastructure);
        using var response = await SendAsync(host.CreateBrowser(), HttpMethod.Get, "/api/v1/users", token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_tampered_payload_is_refused()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);
        var parts = session.AccessToken().Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"learner\"", "\"admin\"");
        var forged = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        using var response = await SendAsync(client, HttpMethod.Get, "/api/v1/users", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
