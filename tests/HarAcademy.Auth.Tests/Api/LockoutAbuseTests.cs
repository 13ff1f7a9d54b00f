using System.Net;
using System.Net.Http.Json;
using HarAcademy.Auth.Security;
using HarAcademy.Auth.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

/// <summary>
/// Finding 4: five wrong passwords from anywhere locked the owner out, again and again, and four reset requests
/// blocked the owner's own reset. Each test has its own host and clock.
/// </summary>
public sealed class LockoutAbuseTests(InfrastructureFixture infrastructure)
{
    private static async Task FailFromAsync(AuthServiceHost host, string email, int times, params string[] addresses)
    {
        foreach (var address in addresses)
        {
            for (var attempt = 0; attempt < times; attempt++)
            {
                (await LoginAsync(host.CreateBrowser(address), email, "Not-The-Password-1")).Dispose();
            }
        }
    }

    [Fact]
    public async Task Failures_from_elsewhere_never_lock_out_a_browser_that_signed_in_before()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var email = NewEmail();
        const string home = "203.0.113.10";
        var owner = host.CreateBrowser(home); // keeps its cookies: the device cookie of its sign-up
        await RegisterAsync(owner, email);
        await RegisterAsync(owner); // a family computer: someone else's account on the same browser

        // Twenty-five guesses from five addresses, one of them the owner's own (a shared network).
        await FailFromAsync(host, email, 5, home, "203.0.113.11", "203.0.113.12", "203.0.113.13", "203.0.113.14");
        using (var stranger = await LoginAsync(host.CreateBrowser("203.0.113.99"), email, GoodPassword))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stranger.StatusCode); // every unknown client of the account is held off
        }

        using var ownerSignsIn = await LoginAsync(owner, email, GoodPassword);
        Assert.Equal(HttpStatusCode.OK, ownerSignsIn.StatusCode);
    }

    [Fact]
    public async Task A_known_browser_that_guesses_wrong_is_locked_out_on_its_own_count()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var email = NewEmail();
        var owner = host.CreateBrowser();
        await RegisterAsync(owner, email);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await LoginAsync(owner, email, "Not-The-Password-1")).Dispose();
        }

        using var locked = await LoginAsync(owner, email, GoodPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        using var elsewhere = await LoginAsync(host.CreateBrowser(), email, GoodPassword);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Each_new_lockout_of_an_address_lasts_twice_the_one_before()
    {
        // Redis times the lockouts: seconds here instead of 15 minutes, doubling the same way.
        await using var host = new AuthServiceHost(infrastructure, new Dictionary<string, string?>
        {
            ["Auth:Throttle:AccountLockout"] = "00:00:02",
            ["Auth:Throttle:LongestLockout"] = "00:00:06",
        });
        var email = NewEmail();
        await RegisterAsync(host.CreateBrowser(), email);
        const string address = "198.51.100.20";

        var lockouts = new List<int>();
        for (var round = 0; round < 3; round++)
        {
            await FailFromAsync(host, email, 5, address);
            using var locked = await LoginAsync(host.CreateBrowser(address), email, GoodPassword);
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            lockouts.Add(int.Parse(Assert.Single(locked.Headers.GetValues("Retry-After"))));
            await Poll.UntilAsync(async () =>
            {
                using var attempt = await LoginAsync(host.CreateBrowser(address), email, "Not-The-Password-1");
                return attempt.StatusCode == HttpStatusCode.Unauthorized; // counted again: the lockout is over
            }, TimeSpan.FromSeconds(10));
        }

        Assert.Equal([2, 4, 6], lockouts); // 2 s, twice that, then the longest
    }

    [Fact]
    public async Task Reset_requests_from_elsewhere_never_stop_the_owners_reset()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var email = NewEmail();
        var owner = host.CreateBrowser();
        await RegisterAsync(owner, email);
        for (var address = 1; address <= 5; address++)
        {
            for (var request = 0; request < 3; request++)
            {
                (await host.CreateBrowser($"192.0.2.{address}").PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel)).Dispose();
            }
        }

        using (var stranger = await host.CreateBrowser("192.0.2.99").PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stranger.StatusCode);
        }

        using var ownersReset = await owner.PostAsJsonAsync("/api/v1/auth/password-reset", new { email }, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, ownersReset.StatusCode);
    }
}

/// <summary>"Also close": the other places a password or an email can be asked for in bulk.</summary>
public sealed class BulkRequestLimitTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Sign_ups_from_one_address_are_limited_so_emails_cannot_be_probed_in_bulk()
    {
        await using var host = new AuthServiceHost(infrastructure, new Dictionary<string, string?> { ["Auth:Throttle:MaxRegistrationsPerIp"] = "3" });
        const string address = "192.0.2.77";
        var taken = NewEmail();
        await RegisterAsync(host.CreateBrowser(address), taken);
        using (var probe = await host.CreateBrowser(address).PostAsJsonAsync("/api/v1/auth/register",
                   new { email = taken, password = GoodPassword, first_name = "A", last_name = "B" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Conflict, probe.StatusCode); // people need the clear answer…
        }

        await RegisterAsync(host.CreateBrowser(address));
        using var refused = await host.CreateBrowser(address).PostAsJsonAsync("/api/v1/auth/register",
            new { email = NewEmail(), password = GoodPassword, first_name = "A", last_name = "B" }, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode); // …but not by the thousand
        Assert.True(refused.Headers.Contains("Retry-After"));
        await RegisterAsync(host.CreateBrowser("192.0.2.78"));
    }

    [Theory]
    [InlineData("change-password")]
    [InlineData("delete-account")]
    public async Task Password_checks_for_a_signed_in_user_are_throttled_like_sign_in(string operation)
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);
        Task<HttpResponseMessage> CheckAsync(string password) => operation == "change-password"
            ? SendAsync(client, HttpMethod.Post, "/api/v1/users/me/password", session.AccessToken(), new { current_password = password, new_password = "Another-Good-Password-7" })
            : SendAsync(client, HttpMethod.Delete, "/api/v1/users/me", session.AccessToken(), new { password });

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await CheckAsync($"Wrong-Guess-{attempt}-abc");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var locked = await CheckAsync(GoodPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }

    [Fact]
    public async Task Verification_emails_are_resent_a_few_times_an_hour_at_most()
    {
        await using var host = new AuthServiceHost(infrastructure);
        var client = host.CreateBrowser();
        var session = await RegisterAsync(client);
        for (var resend = 0; resend < 3; resend++)
        {
            using var sent = await SendAsync(client, HttpMethod.Post, "/api/v1/auth/verify-email/resend", session.AccessToken());
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }

        using var refused = await SendAsync(client, HttpMethod.Post, "/api/v1/auth/verify-email/resend", session.AccessToken());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}

/// <summary>The shared counters themselves, on the graph's Redis.</summary>
public sealed class ThrottleCounterTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_refused_request_changes_no_counter_and_starts_no_lockout()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.RedisConnectionString);
        var counters = new ThrottleCounters(redis, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var stamp = Guid.NewGuid().ToString("N");
        var device = new Counter($"test:device:{stamp}", 5, TimeSpan.FromMinutes(1), RestartAtLimit: true, EscalateUpTo: TimeSpan.FromHours(1));
        var address = new Counter($"test:address:{stamp}", 1, TimeSpan.FromMinutes(1));
        Assert.Null(await counters.TryTakeAsync(address)); // the address is now at its limit
        for (var hit = 0; hit < 4; hit++)
        {
            Assert.Null(await counters.TryTakeAsync(device)); // the device one short of its lockout
        }

        for (var attempt = 0; attempt < 10; attempt++)
        {
            Assert.NotNull(await counters.TryTakeAsync(device, address)); // refused by the address
        }

        var database = redis.GetDatabase();
        Assert.Equal(4, (long)await database.StringGetAsync(device.Key));
        Assert.False(await database.KeyExistsAsync(device.LockoutsKey));
        Assert.InRange((await database.KeyTimeToLiveAsync(device.Key))!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
