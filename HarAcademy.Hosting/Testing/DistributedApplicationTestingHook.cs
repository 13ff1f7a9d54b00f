namespace HarAcademy.Hosting;

/// <summary>
/// Lets a test run an AppHost's own Program (so the graph is declared in one place) and capture the application it
/// builds instead of running it, as Aspire.Hosting.Testing does. Captures are serialised by the testing builder.
/// </summary>
internal static class DistributedApplicationTestingHook
{
    private static DistributedApplicationOptions? _options;
    private static DistributedApplication? _captured;

    public static void Arm(DistributedApplicationOptions options)
    {
        _options = options;
        _captured = null;
    }

    public static DistributedApplication Disarm()
    {
        var captured = _captured;
        _options = null;
        _captured = null;
        return captured ?? throw new InvalidOperationException("The AppHost's entry point did not build an application.");
    }

    public static void Reset()
    {
        _options = null;
        _captured = null;
    }

    public static DistributedApplicationOptions? CreateOptions() => _options;

    public static void OnBuilt(DistributedApplication application)
    {
        if (_options is not null && ReferenceEquals(application.Options, _options))
        {
            application.CapturedForTesting = true;
            _captured = application;
        }
    }
}
