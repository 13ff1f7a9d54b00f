using System.Net.Http.Json;
using HarAcademy.ServiceDefaults.RequestIds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HarAcademy.ServiceDefaults.Tests;

public sealed class RequestIdMiddlewareTests
{
    private static Task<TestServiceHost> StartEchoServiceAsync() =>
        TestServiceHost.StartAsync(app => app.MapGet("/echo", (HttpRequest request) =>
            Results.Text(request.Headers[RequestId.HeaderName].ToString())));

    [Fact]
    public async Task A_request_without_an_id_gets_a_new_one_in_the_response()
    {
        await using var service = await StartEchoServiceAsync();
        using var response = await service.Client.GetAsync("/echo", TestContext.Current.CancellationToken);

        var id = Assert.Single(response.Headers.GetValues(RequestId.HeaderName));
        Assert.True(RequestId.IsWellFormed(id));
        // The handler saw the same id the caller is told about.
        Assert.Equal(id, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_well_formed_incoming_id_is_kept_and_echoed()
    {
        await using var service = await StartEchoServiceAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo");
        request.Headers.Add(RequestId.HeaderName, "client-id-42");
        using var response = await service.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("client-id-42", Assert.Single(response.Headers.GetValues(RequestId.HeaderName)));
        Assert.Equal("client-id-42", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_malformed_incoming_id_is_replaced()
    {
        await using var service = await StartEchoServiceAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo");
        request.Headers.TryAddWithoutValidation(RequestId.HeaderName, new string('x', 500));
        using var response = await service.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var id = Assert.Single(response.Headers.GetValues(RequestId.HeaderName));
        Assert.NotEqual(new string('x', 500), id);
        Assert.True(RequestId.IsWellFormed(id));
    }

    [Fact]
    public async Task Outgoing_http_calls_carry_the_current_request_id()
    {
        await using var downstream = await StartEchoServiceAsync();
        await using var upstream = await TestServiceHost.StartAsync(app => app.MapGet("/call", async (IHttpClientFactory clients) =>
        {
            using var client = clients.CreateClient();
            return Results.Text(await client.GetStringAsync(new Uri(downstream.Address, "/echo")));
        }));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/call");
        request.Headers.Add(RequestId.HeaderName, "follow-me-1");
        using var response = await upstream.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("follow-me-1", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
