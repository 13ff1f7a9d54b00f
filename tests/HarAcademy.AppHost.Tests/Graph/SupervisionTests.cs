using System.Diagnostics;
using HarAcademy.Hosting;
using HarAcademy.Hosting.Testing;
using StackExchange.Redis;

namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>A crashed resource comes back on its own, keeps its data, and obeys stop / start / restart.</summary>
public sealed class SupervisionTests
{
    private static async Task<DistributedApplication> StartRedisAsync()
    {
        var application = await DistributedApplicationTestingBuilder.CreateAsync<Program>();
        application.Selection = ["redis"];
        await application.StartAsync();
        await application.WaitForHealthyAsync(TimeSpan.FromSeconds(30));
        return application;
    }

    private static Hosting.Dashboard.ResourceSnapshot Redis(DistributedApplication application) =>
        application.GetSnapshots().Single(resource => resource.Name == "redis");

    [Fact]
    public async Task A_killed_resource_is_restarted_with_its_data_and_the_restart_is_counted()
    {
        await using var application = await StartRedisAsync();
        var key = $"survives:{Guid.NewGuid()}";
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(application.GetConnectionString("redis")))
        {
            await redis.GetDatabase().StringSetAsync(key, "yes");
            // appendfsync everysec: give the append-only file its second.
            await Task.Delay(1500, TestContext.Current.CancellationToken);
        }

        var firstPid = application.GetPid("redis")!.Value;
        Process.GetProcessById(firstPid).Kill();

        Assert.True(await Poll.UntilAsync(() => Redis(application) is { Restarts: 1, Health: "Healthy" }, TimeSpan.FromSeconds(20)),
            $"redis was not restarted: {Redis(application)}");
        Assert.NotEqual(firstPid, application.GetPid("redis"));
        Assert.False(ProcessTable.IsAlive(firstPid));

        // The first connect attempt may still meet the restarted server busy loading its append-only file: keep trying.
        await using var reconnected = await ConnectionMultiplexer.ConnectAsync(application.GetConnectionString("redis") + ",abortConnect=false");
        Assert.True(await Poll.UntilAsync(() => reconnected.IsConnected, TimeSpan.FromSeconds(10)), "no connection to the restarted redis");
        Assert.Equal("yes", (string?)await reconnected.GetDatabase().StringGetAsync(key));
    }

    [Fact]
    public async Task Stop_start_and_restart_commands_are_obeyed()
    {
        await using var application = await StartRedisAsync();
        var firstPid = application.GetPid("redis")!.Value;

        application.StopResource("redis");
        Assert.True(await Poll.UntilAsync(() => Redis(application).State == "Stopped", TimeSpan.FromSeconds(10)));
        Assert.False(ProcessTable.IsAlive(firstPid));
        Assert.Null(application.GetPid("redis"));

        application.StartResource("redis");
        await application.WaitForHealthyAsync(TimeSpan.FromSeconds(20), "redis");
        var secondPid = application.GetPid("redis")!.Value;

        application.RestartResource("redis");
        Assert.True(await Poll.UntilAsync(
            () => application.GetPid("redis") is { } pid && pid != secondPid && Redis(application).Health == "Healthy", TimeSpan.FromSeconds(20)));
        Assert.False(ProcessTable.IsAlive(secondPid));
        Assert.Equal(1, Redis(application).Restarts);
    }
}
