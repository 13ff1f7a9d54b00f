using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses.Supervision;
using HarAcademy.AppHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>A crashed process comes back on its own with its data; one stopped on purpose stays stopped.</summary>
public sealed class CrashRestartTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_killed_process_is_restarted_with_its_data_and_counted_and_a_stopped_one_stays_stopped()
    {
        await using var graph = (await TestGraph.CreateAsync()).Without("gateway", "auth", "chroma", "postgres");
        var application = await graph.StartAsync(TimeSpan.FromSeconds(60), "redis");
        var key = $"survivor:{Guid.NewGuid():N}";
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(await graph.ConnectionStringAsync("redis")))
        {
            await redis.GetDatabase().StringSetAsync(key, "kept");
        }

        var before = await application.CurrentAsync("redis");
        using (var kill = Process.Start("kill", ["-KILL", before.ProcessId().ToString()]))
        {
            await kill.WaitForExitAsync(Cancel);
        }

        ResourceEvent after = before;
        Assert.True(await Poll.UntilAsync(async () =>
        {
            after = await application.CurrentAsync("redis");
            return after.Snapshot.State?.Text == KnownResourceStates.Running && after.ProcessId() != before.ProcessId();
        }, TimeSpan.FromSeconds(30)), "redis was not restarted");
        Assert.Equal(1, Convert.ToInt32(after.Property(CrashRestartExtensions.RestartsProperty)));
        await application.ResourceNotifications.WaitForResourceHealthyAsync("redis", Cancel);
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(await graph.ConnectionStringAsync("redis") + ",connectRetry=5"))
        {
            Assert.Equal("kept", (string?)await redis.GetDatabase().StringGetAsync(key));
        }

        var commands = application.Services.GetRequiredService<ResourceCommandService>();
        Assert.True((await commands.ExecuteCommandAsync(after.ResourceId, KnownResourceCommands.StopCommand, Cancel)).Success);
        // Longer than the first backoff step: a restart would have happened by now.
        await Task.Delay(TimeSpan.FromSeconds(3), Cancel);
        var stopped = await application.CurrentAsync("redis");
        Assert.True(KnownResourceStates.TerminalStates.Contains(stopped.Snapshot.State?.Text), $"state {stopped.Snapshot.State?.Text}");
        Assert.Equal(1, Convert.ToInt32(stopped.Property(CrashRestartExtensions.RestartsProperty)));
    }

    [Fact]
    public void Restarts_back_off_exponentially_up_to_thirty_seconds()
    {
        var options = new CrashRestartOptions();
        Assert.Equal([1, 2, 4, 8, 16, 30, 30], Enumerable.Range(1, 7).Select(restart => options.DelayBefore(restart).TotalSeconds));
    }
}
