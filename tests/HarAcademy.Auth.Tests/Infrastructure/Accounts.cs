using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HarAcademy.Auth.Tests.Infrastructure;

/// <summary>What tests do again and again against the auth API: make an account, sign in, call as someone.</summary>
public static class Accounts
{
    public const string GoodPassword = "Correct-Horse-Battery-9";

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.com";

    public static async Task<JsonElement> RegisterAsync(HttpClient client, string? email = null, string password = GoodPassword, string language = "fr")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = email ?? NewEmail(),
            password,
            first_name = "Ada",
            last_name = "Lovelace",
            language,
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Cancel);

    public static async Task<string> AdminTokenAsync(HttpClient client)
    {
        using var response = await LoginAsync(client, AuthServiceHost.AdminEmail, AuthServiceHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
    }

    public static string AccessToken(this JsonElement session) => session.GetProperty("access_token").GetString()!;

    public static Guid UserId(this JsonElement session) => session.GetProperty("user").GetProperty("id").GetGuid();

    public static HttpRequestMessage As(this HttpRequestMessage request, string accessToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? accessToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.As(accessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request, Cancel);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
