namespace HarAcademy.Hosting.Orchestration;

/// <summary>
/// The graph cannot start on this machine (a missing prerequisite, a port in use). Each line of
/// <see cref="Problems"/> is a complete, actionable sentence; the AppHost prints them without a stack trace.
/// </summary>
public sealed class StartupException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
