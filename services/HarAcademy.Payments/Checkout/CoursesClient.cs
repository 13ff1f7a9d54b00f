using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HarAcademy.Payments.Checkout;

/// <summary>A course as payments needs it: the price always comes from the courses service, never from the client.</summary>
public sealed record CourseForSale(Guid Id, string Title, string Level, string Status, CoursePrice Price);

public sealed record CoursePrice(decimal Amount, string Currency, string PricingModel);

public sealed record LearnerEnrollment(Guid CourseId, string Status);

/// <summary>
/// Calls the courses service over HTTP (Aspire's service discovery names it <c>http://courses</c>), as the buyer: the
/// caller's token goes along, so courses answers what this user may see.
/// </summary>
public sealed class CoursesClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public async Task<CourseForSale?> GetCourseAsync(Guid courseId, string? authorization, CancellationToken cancellationToken)
    {
        using var request = Request($"api/v1/courses/{courseId}", authorization);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CourseForSale>(Json, cancellationToken);
    }

    /// <summary>The buyer's open enrollments (active or completed).</summary>
    public async Task<IReadOnlyList<LearnerEnrollment>> MyEnrollmentsAsync(string? authorization, CancellationToken cancellationToken)
    {
        using var request = Request("api/v1/enrollments/me", authorization);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<LearnerEnrollment>>(Json, cancellationToken) ?? [];
    }

    private static HttpRequestMessage Request(string path, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is { Length: > 0 } && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }

        return request;
    }
}
