using System.Net;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>Finding 2: a suspended or demoted admin used the token it still held to restore itself.</summary>
public sealed class AdminSelfRestoreTests(SecurityGraph graph)
{
    private static CancellationToken Cancel => SecurityGraph.Cancel;

    [Fact]
    public async Task A_suspended_admin_cannot_reactivate_itself_nor_suspend_the_admin_who_did_it()
    {
        var (a, aEmail) = await graph.NewAdminAsync();
        var (b, bEmail) = await graph.NewAdminAsync();
        var aToken = await graph.TokenAsync(aEmail, SecurityGraph.GoodPassword);
        var bToken = await graph.TokenAsync(bEmail, SecurityGraph.GoodPassword);

        using var suspended = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{a}", bToken, new { status = "suspended" });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);

        using var restoreSelf = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{a}", aToken, new { status = "active" });
        using var retaliate = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{b}", aToken, new { status = "suspended" });
        // Its sessions ended with the suspension (finding 8), and the admin check reads the current status besides.
        Assert.Equal(HttpStatusCode.Unauthorized, restoreSelf.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, retaliate.StatusCode);
        using var stillAdmin = await graph.SendAsync(HttpMethod.Get, $"/api/v1/users/{b}", bToken);
        Assert.Equal(HttpStatusCode.OK, stillAdmin.StatusCode);
    }

    [Fact]
    public async Task A_demoted_admin_cannot_promote_itself_back_and_its_sessions_are_closed()
    {
        var (a, aEmail) = await graph.NewAdminAsync();
        using var browser = graph.Client(); // keeps the refresh cookie of A's sign-in
        using var login = await graph.LoginAsync(aEmail, SecurityGraph.GoodPassword, browser);
        var aToken = System.Text.Json.JsonDocument.Parse(await login.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("access_token").GetString();

        using var demoted = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{a}", await graph.AdminTokenAsync(), new { role = "learner" });
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);

        using var promoteSelf = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{a}", aToken, new { role = "admin" });
        Assert.Equal(HttpStatusCode.Unauthorized, promoteSelf.StatusCode);
        using var refresh = await browser.PostAsync("/api/v1/auth/refresh", null, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task Nobody_changes_their_own_role_or_status()
    {
        var (a, aEmail) = await graph.NewAdminAsync();
        var aToken = await graph.TokenAsync(aEmail, SecurityGraph.GoodPassword);

        using var ownStatus = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{a}", aToken, new { status = "suspended" });
        using var ownRole = await graph.SendAsync(HttpMethod.Patch, $"/api/v1/users/{a}", aToken, new { role = "instructor" });
        Assert.Equal(HttpStatusCode.Conflict, ownStatus.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ownRole.StatusCode);
    }
}
