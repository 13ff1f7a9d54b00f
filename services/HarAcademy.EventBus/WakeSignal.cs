namespace HarAcademy.EventBus;

/// <summary>
/// Wakes every loop waiting on it: <see cref="Pulse"/> completes the current generation and starts a new one.
/// A pulse with nobody waiting is not lost for a loop that then waits, because loops take <see cref="Next"/> before
/// doing their pass and wait on that afterwards.
/// Written by hand: the runtime has no awaitable broadcast event, and this is a few lines.
/// </summary>
public sealed class WakeSignal
{
    private TaskCompletionSource _generation = NewGeneration();

    /// <summary>The generation a loop should wait on after its next pass.</summary>
    public Task Next => Volatile.Read(ref _generation).Task;

    public void Pulse() => Interlocked.Exchange(ref _generation, NewGeneration()).TrySetResult();

    /// <summary>
    /// Waits until <paramref name="generation"/> is pulsed, <paramref name="timeout"/> passes (real time) or
    /// <paramref name="cancellationToken"/> is cancelled; never throws, the waiting loop checks its token itself.
    /// </summary>
    public static async Task WaitAsync(Task generation, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await generation.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The fallback poll: nothing pulsed, look anyway.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static TaskCompletionSource NewGeneration() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
