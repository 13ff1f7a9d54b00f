using Microsoft.Extensions.Logging;

namespace HarAcademy.EventBus.Inbox;

/// <summary>
/// What a handler wants done once its changes are committed, and only then: dropping a cache entry, say. Done before
/// the commit, a reader in between would cache the old value again. Scoped: one per event handled; the inbox runs the
/// actions after the commit (a failed action is logged, the event stays handled).
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Func<Task>> _actions = [];

    public void Add(Func<Task> action) => _actions.Add(action);

    internal async Task RunAsync(ILogger logger)
    {
        foreach (var action in _actions)
        {
            try
            {
                await action();
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "An action after an event's commit failed");
            }
        }

        _actions.Clear();
    }
}
