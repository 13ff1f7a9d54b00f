using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HarAcademy.ServiceDefaults.Tests;

public sealed class ProblemDetailsTests
{
    private sealed record Person(string FirstName, int Age);

    private static Task<TestServiceHost> StartAsync() => TestServiceHost.StartAsync(app =>
    {
        app.MapPost("/people", (Person person) => Results.Ok(person));
        app.MapGet("/boom", string () => throw new InvalidOperationException("secret internal detail"));
    });

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Malformed_json_is_a_400_problem_that_says_what_is_wrong()
    {
        await using var service = await StartAsync();
        using var response = await service.Client.PostAsync("/people", Json("{\"first_name\": \"Ada\","), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("Invalid JSON", problem.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("request_id").GetString()));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        await using var service = await StartAsync();
        using var response = await service.Client.PostAsync("/people", Json("{\"first_name\": \"Ada\", \"age\": \"old\"}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ProblemOf(response)).GetProperty("detail").GetString();
        Assert.Contains("$.age", detail);
        Assert.DoesNotContain("HarAcademy", detail);
    }

    [Fact]
    public async Task An_unknown_field_is_a_400_naming_it_without_internal_type_names()
    {
        await using var service = await StartAsync();
        using var response = await service.Client.PostAsync("/people", Json("{\"first_name\": \"Ada\", \"age\": 3, \"role\": \"admin\"}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ProblemOf(response)).GetProperty("detail").GetString();
        Assert.Contains("Unknown field 'role'", detail);
        Assert.DoesNotContain("HarAcademy", detail);
    }

    [Fact]
    public async Task Json_bodies_are_snake_case_both_ways()
    {
        await using var service = await StartAsync();
        using var response = await service.Client.PostAsync("/people", Json("{\"first_name\": \"Ada\", \"age\": 36}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Ada", body.GetProperty("first_name").GetString());
        Assert.Equal(36, body.GetProperty("age").GetInt32());
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_internals()
    {
        await using var service = await StartAsync();
        using var response = await service.Client.GetAsync("/boom", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = (await ProblemOf(response)).GetRawText();
        Assert.DoesNotContain("secret internal detail", text);
        Assert.DoesNotContain("InvalidOperationException", text);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await using var service = await StartAsync();
        using var response = await service.Client.GetAsync("/nowhere", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("/nowhere", (await ProblemOf(response)).GetProperty("instance").GetString());
    }
}
