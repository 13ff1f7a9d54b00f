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
        await using var graph = (await TestGraph.CreateAsync()).Without("gateway", "ai", "payments", "courses", "auth", "chroma", "postgres");
        // A short backoff: a stop taken for a crash would show within the wait below (restart 2 waits 2 x 200 ms).
        graph.Builder.Services.Configure<CrashRestartOptions>(options => options.FirstDelay = TimeSpan.FromMilliseconds(200));
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
        await application.ResourceNotifications.WaitForResourceAsync("redis", KnownResourceStates.Finished, Cancel);
        // Nothing should happen now; a wrong restart would within 400 ms of backoff plus a start.
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);
        var stopped = await application.CurrentAsync("redis");
        Assert.Equal(KnownResourceStates.Finished, stopped.Snapshot.State?.Text);
        Assert.Equal(1, Convert.ToInt32(stopped.Property(CrashRestartExtensions.RestartsProperty)));
    }

    [Theory]
    [InlineData("Running", "Finished", true)]   // exited on its own
    [InlineData("Stopping", "Finished", false)] // asked to stop: dashboard, CLI, AppHost shutdown
    [InlineData("Starting", "FailedToStart", false)] // cannot start (a missing program): restarting would fail again
    [InlineData("Running", "Running", false)]
    [InlineData(null, "Finished", false)]
    public void Only_a_running_process_that_exits_unasked_is_a_crash(string? previous, string state, bool crash) =>
        Assert.Equal(crash, CrashPolicy.IsCrash(previous, state));

    [Fact]
    public void A_run_of_crashes_backs_off_and_a_process_that_stayed_up_starts_over()
    {
        var options = new CrashRestartOptions();
        var (crashes, delay) = CrashPolicy.Next(options, consecutiveCrashes: 3, ranFor: TimeSpan.FromSeconds(5));
        Assert.Equal((4, TimeSpan.FromSeconds(8)), (crashes, delay));
        Assert.Equal((1, TimeSpan.FromSeconds(1)), CrashPolicy.Next(options, consecutiveCrashes: 6, ranFor: TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void Restarts_back_off_exponentially_up_to_thirty_seconds()
    {
        var options = new CrashRestartOptions();
        Assert.Equal([1, 2, 4, 8, 16, 30, 30], Enumerable.Range(1, 7).Select(restart => options.DelayBefore(restart).TotalSeconds));
    }
}
