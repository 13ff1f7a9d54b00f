using System.Net;
using HarAcademy.Auth.Tests.Infrastructure;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

/// <summary>Every protected endpoint, called anonymously, as a learner and as an admin.</summary>
public sealed class AuthorizationMatrixTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        // method, path, who may call it: "user" (any signed-in account) or "admin"
        { "GET", "/api/v1/users/me", "user" },
        { "PATCH", "/api/v1/users/me", "user" },
        { "DELETE", "/api/v1/users/me", "user" },
        { "POST", "/api/v1/users/me/password", "user" },
        { "POST", "/api/v1/users/me/instructor-application", "user" },
        { "POST", "/api/v1/auth/logout-all", "user" },
        { "POST", "/api/v1/auth/verify-email/resend", "user" },
        { "GET", "/api/v1/users", "admin" },
        { "GET", "/api/v1/users/01000000-0000-7000-8000-000000000000", "admin" },
        { "PATCH", "/api/v1/users/01000000-0000-7000-8000-000000000000", "admin" },
        { "POST", "/api/v1/auth/keys/rotate", "admin" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_callers_get_401(string method, string path, string _)
    {
        using var response = await SendAsync(fixture.Host.CreateBrowser(), new HttpMethod(method), path, null, new { });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Learners_reach_their_own_endpoints_and_get_403_on_admin_ones(string method, string path, string who)
    {
        var client = fixture.Host.CreateBrowser();
        var learner = await RegisterAsync(client);
        using var response = await SendAsync(client, new HttpMethod(method), path, learner.AccessToken(), new { });

        if (who == "admin")
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/api/v1/users" },
        { "GET", "/api/v1/users/01000000-0000-7000-8000-000000000000" },
        { "PATCH", "/api/v1/users/01000000-0000-7000-8000-000000000000" },
        { "POST", "/api/v1/auth/keys/rotate" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admins_reach_admin_endpoints(string method, string path)
    {
        var client = fixture.Host.CreateBrowser();
        using var response = await SendAsync(client, new HttpMethod(method), path, await AdminTokenAsync(client), new { });
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/v1/auth/register")]
    [InlineData("POST", "/api/v1/auth/login")]
    [InlineData("POST", "/api/v1/auth/logout")]
    [InlineData("POST", "/api/v1/auth/password-reset")]
    [InlineData("POST", "/api/v1/auth/password-reset/confirm")]
    [InlineData("POST", "/api/v1/auth/verify-email")]
    [InlineData("GET", "/api/v1/auth/.well-known/jwks.json")]
    [InlineData("GET", "/api/v1/auth/.well-known/openid-configuration")]
    [InlineData("GET", "/openapi/v1.json")]
    public async Task Public_endpoints_answer_anonymous_callers(string method, string path)
    {
        using var response = await SendAsync(fixture.Host.CreateBrowser(), new HttpMethod(method), path, null, method == "POST" ? new { } : null);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
    }
}
