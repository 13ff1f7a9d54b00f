using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HarAcademy.Security.Tests.Infrastructure;

namespace HarAcademy.Security.Tests.Attacks;

/// <summary>Finding 6: characters PostgreSQL refuses, null list items and huge page numbers made 500s; now 400s naming the field.</summary>
public sealed class BadInputTests(SecurityGraph graph)
{
    private static CancellationToken Cancel => SecurityGraph.Cancel;

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains(field, problem);
    }

    /// <summary>JSON text with a NUL escaped in it, as an attacker writes it (a C# string would do too: JSON escapes it).</summary>
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_nul_character_in_sign_up_sign_in_or_a_profile_is_a_400_naming_the_field()
    {
        using var client = graph.Client();
        using var register = await client.PostAsync("/api/v1/auth/register",
            Json($$"""{"email":"{{SecurityGraph.NewEmail()}}","password":"{{SecurityGraph.GoodPassword}}","first_name":"Gr\u0000ace","last_name":"Hopper"}"""), Cancel);
        await AssertNamesAsync(register, "first_name");

        using var login = await client.PostAsync("/api/v1/auth/login", Json("""{"email":"a\u0000@example.com","password":"whatever-it-is"}"""), Cancel);
        await AssertNamesAsync(login, "email");

        var (token, _, _) = await graph.RegisterAsync();
        foreach (var field in new[] { "first_name", "last_name", "avatar_url" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/users/me") { Content = Json($$"""{"{{field}}":"x\u0000y"}""") };
            request.Headers.Authorization = new("Bearer", token);
            using var update = await client.SendAsync(request, Cancel);
            await AssertNamesAsync(update, field);
        }
    }

    [Fact]
    public async Task A_nul_character_in_a_query_string_is_a_400_naming_the_parameter()
    {
        using var search = await graph.SendAsync(HttpMethod.Get, "/api/v1/users?search=%00", await graph.AdminTokenAsync());
        await AssertNamesAsync(search, "search");
    }

    [Fact]
    public async Task A_null_expertise_tag_is_a_400()
    {
        var (token, _, _) = await graph.RegisterAsync();
        using var apply = await graph.SendAsync(HttpMethod.Post, "/api/v1/users/me/instructor-application", token,
            new { bio = "Ten years of teaching Python to beginners and analysts.", expertise_tags = new[] { "python", null } });
        await AssertNamesAsync(apply, "expertise_tags");
    }

    [Theory]
    [InlineData("page=2147483647")]
    [InlineData("page=1073741825&page_size=2")]
    public async Task A_page_far_beyond_any_listing_is_a_400(string query)
    {
        using var response = await graph.SendAsync(HttpMethod.Get, $"/api/v1/users?{query}", await graph.AdminTokenAsync());
        await AssertNamesAsync(response, "page");
    }
}
