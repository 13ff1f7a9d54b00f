using System.Text.Json;
using HarAcademy.Auth.Data;
using HarAcademy.Auth.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

public sealed class EventsAndMigrationsTests(AuthHostFixture fixture, InfrastructureFixture infrastructure) : IClassFixture<AuthHostFixture>
{
    [Fact]
    public async Task Registration_notifications_and_role_changes_reach_the_redis_stream_through_the_outbox()
    {
        var client = fixture.Host.CreateBrowser();
        var session = await RegisterAsync(client);
        var userId = session.UserId().ToString();
        var admin = await AdminTokenAsync(fixture.Host.CreateBrowser());
        (await SendAsync(client, HttpMethod.Patch, $"/api/v1/users/{userId}", admin, new { role = "instructor" })).Dispose();

        await using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.RedisConnectionString);
        var types = new List<string>();
        await Poll.UntilAsync(async () =>
        {
            types = (await redis.GetDatabase().StreamRangeAsync("har:events", "-", "+"))
                .Where(entry => ((string?)entry["payload"] ?? "").Contains(userId, StringComparison.Ordinal))
                .Select(entry => (string)entry["type"]!)
                .ToList();
            return types.Count >= 3;
        }, TimeSpan.FromSeconds(5));

        // Sign-up publishes the account and a welcome notification together; the role change comes after.
        Assert.Equal(["UserNotification", "UserRegistered", "UserRoleChanged"], types.Order());
        Assert.Equal("UserRoleChanged", types[^1]);
        var registered = (await redis.GetDatabase().StreamRangeAsync("har:events", "-", "+"))
            .First(entry => entry["type"] == "UserRegistered" && ((string?)entry["payload"] ?? "").Contains(userId, StringComparison.Ordinal));
        var payload = JsonDocument.Parse((string)registered["payload"]!).RootElement;
        Assert.Equal("learner", payload.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty((string?)registered["id"]));

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var unpublished = await database.Set<HarAcademy.EventBus.Outbox.OutboxMessage>().Where(message => message.PublishedAt == null).ToListAsync(Cancel);
        Assert.DoesNotContain(unpublished, message => message.Payload.Contains(userId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_database_is_built_from_empty_by_migrations_that_match_the_model()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();

        Assert.Contains(await database.Database.GetAppliedMigrationsAsync(Cancel), migration => migration.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Empty(await database.Database.GetPendingMigrationsAsync(Cancel));
        Assert.False(database.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add");
    }

    [Fact]
    public async Task Development_seeding_creates_the_admin_from_parameters_once()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var admins = await database.Users.Where(user => user.Email == AuthServiceHost.AdminEmail).ToListAsync(Cancel);
        Assert.Equal("admin", Assert.Single(admins).Role);

        await scope.ServiceProvider.GetRequiredService<HarAcademy.Auth.Seeding.DevelopmentSeeder>().SeedAsync(Cancel);
        Assert.Equal(1, await database.Users.CountAsync(user => user.Email == AuthServiceHost.AdminEmail, Cancel));
    }
}
