using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HarAcademy.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace HarAcademy.Gateway.Tests.Edge;

/// <summary>Real WebSockets to the gateway process; notifications published by the real auth service through the event stream.</summary>
public sealed class NotificationTests(GraphFixture graph)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(HubConnection Connection, List<JsonElement> Received)> ConnectAsync(Uri gateway, string token)
    {
        var received = new List<JsonElement>();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, "/hubs/notifications"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        connection.On<JsonElement>("notification", notification =>
        {
            lock (received)
            {
                received.Add(notification);
            }
        });
        await connection.StartAsync(Cancel);
        await connection.InvokeAsync("Ready", Cancel); // subscribed across replicas from here on
        return (connection, received);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task Notifications_reach_their_user_over_websocket_on_either_replica_and_no_one_else()
    {
        using var client = graph.GatewayClient();
        var applicant = await graph.NewUserAsync(client);
        var bystander = await graph.NewUserAsync(client);
        // The applicant listens on the second replica, the bystander on the first. Each event is consumed by one replica
        // (a consumer group), so deliveries that reach the applicant from the first replica cross the Redis backplane.
        var (applicantConnection, applicantReceived) = await ConnectAsync(graph.SecondGateway, applicant.Token);
        var (bystanderConnection, bystanderReceived) = await ConnectAsync(graph.Gateway, bystander.Token);
        await using var _ = applicantConnection;
        await using var __ = bystanderConnection;

        (await SendAsync(client, HttpMethod.Post, "/api/v1/users/me/instructor-application", applicant.Token,
            new { bio = "Twenty years of R and statistics teaching at university.", expertise_tags = new[] { "r" } })).EnsureSuccessStatusCode();
        var admin = await graph.AdminTokenAsync();
        // Rejections only: an approval changes the role, which ends the applicant's sessions and so closes its connection.
        foreach (var decision in new[] { "rejected", "rejected", "rejected", "rejected" })
        {
            (await SendAsync(client, HttpMethod.Patch, $"/api/v1/users/{applicant.UserId}", admin, new { instructor_verification = decision })).EnsureSuccessStatusCode();
        }

        await Poll.UntilAsync(() => CountKind(applicantReceived, "instructor_application") >= 4, TimeSpan.FromSeconds(15));
        Assert.Equal(4, CountKind(applicantReceived, "instructor_application"));
        // The live message reads like the feed's items (snake_case, as every API of the platform), linking to a web page.
        lock (applicantReceived)
        {
            var live = applicantReceived.First(notification => notification.GetProperty("kind").GetString() == "instructor_application");
            Assert.True(live.TryGetProperty("created_at", out var createdAt) && createdAt.ValueKind == JsonValueKind.String, live.ToString());
            Assert.Equal("/account", live.GetProperty("link").GetString());
        }

        await Task.Delay(500, Cancel);
        Assert.Equal(0, CountKind(bystanderReceived, "instructor_application"));

        // The feed keeps them, unread until marked.
        var feed = await (await SendAsync(client, HttpMethod.Get, "/api/v1/notifications", applicant.Token)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var item = feed.GetProperty("items").EnumerateArray().First(entry => entry.GetProperty("kind").GetString() == "instructor_application");
        Assert.False(item.GetProperty("read").GetBoolean());
        var unreadBefore = feed.GetProperty("unread_count").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, HttpMethod.Post, $"/api/v1/notifications/{item.GetProperty("id").GetGuid()}/read", applicant.Token)).StatusCode);
        var count = await (await SendAsync(client, HttpMethod.Get, "/api/v1/notifications/unread-count", applicant.Token)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(unreadBefore - 1, count.GetProperty("count").GetInt64());

        // Someone else cannot mark it.
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, HttpMethod.Post, $"/api/v1/notifications/{item.GetProperty("id").GetGuid()}/read", bystander.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, HttpMethod.Post, "/api/v1/notifications/read-all", applicant.Token)).StatusCode);
        Assert.Equal(0, (await (await SendAsync(client, HttpMethod.Get, "/api/v1/notifications/unread-count", applicant.Token)).Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_hub_refuses_connections_without_a_valid_token()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(graph.Gateway, "/hubs/notifications"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>("not-a-token");
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        await using var _ = connection;
        await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync(Cancel));
    }

    [Fact]
    public async Task A_live_connection_closes_when_its_session_ends()
    {
        using var client = graph.GatewayClient();
        var user = await graph.NewUserAsync(client);
        var (connection, _) = await ConnectAsync(graph.Gateway, user.Token);
        await using var _ = connection;
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        (await SendAsync(client, HttpMethod.Post, "/api/v1/auth/logout-all", user.Token)).EnsureSuccessStatusCode();

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task A_live_connection_closes_when_its_token_expires()
    {
        await using var host = new GatewayHost(graph, fakeClock: true);
        var user = await graph.NewUserAsync();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/notifications"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = host.Server.CreateWebSocketClient();
                    socket.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {user.Token}";
                    return await socket.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await using var _ = connection;
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await connection.StartAsync(Cancel);

        host.Clock.Advance(TimeSpan.FromMinutes(14));
        await Task.Delay(300, Cancel);
        Assert.Equal(HubConnectionState.Connected, connection.State);

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
    }

    private static int CountKind(List<JsonElement> received, string kind)
    {
        lock (received)
        {
            return received.Count(notification => notification.GetProperty("kind").GetString() == kind);
        }
    }
}
