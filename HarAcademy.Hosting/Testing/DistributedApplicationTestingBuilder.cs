using System.Reflection;

namespace HarAcademy.Hosting.Testing;

/// <summary>
/// Our equivalent of Aspire.Hosting.Testing: runs an AppHost's entry point in isolated mode (free ports, temporary
/// data), captures the graph it declares, and hands it to the test to start (whole or a subset), wait on and query.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    private static readonly SemaphoreSlim CaptureGate = new(1, 1);

    /// <param name="configure">Adjusts options before the graph is declared (e.g. a dashboard port).</param>
    public static async Task<DistributedApplication> CreateAsync<TEntryPoint>(
        Action<DistributedApplicationOptions>? configure = null, params string[] args)
    {
        var options = new DistributedApplicationOptions
        {
            Isolated = true,
            DashboardPort = null,
            EchoToConsole = false,
        };
        configure?.Invoke(options);

        var entryPoint = typeof(TEntryPoint).Assembly.EntryPoint
            ?? throw new InvalidOperationException($"{typeof(TEntryPoint).Assembly.GetName().Name} has no entry point.");

        await CaptureGate.WaitAsync();
        try
        {
            DistributedApplicationTestingHook.Arm(options);
            var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [args]);
            if (result is Task task)
            {
                await task;
            }

            return DistributedApplicationTestingHook.Disarm();
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            DistributedApplicationTestingHook.Reset();
            throw invocation.InnerException;
        }
        finally
        {
            CaptureGate.Release();
        }
    }
}
