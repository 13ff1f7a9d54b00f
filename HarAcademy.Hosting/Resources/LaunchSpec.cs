namespace HarAcademy.Hosting.Resources;

/// <summary>How to start one replica of a process resource.</summary>
public sealed record LaunchSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public Dictionary<string, string> Environment { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Run the process as this user (PostgreSQL refuses root); null runs as the engine's user.</summary>
    public string? RunAsUser { get; init; }
}

/// <summary>A missing prerequisite found before start-up, with the command that installs it.</summary>
public sealed record PreflightProblem(string ResourceName, string What, string InstallCommand)
{
    public override string ToString() => $"{ResourceName}: {What} (install: {InstallCommand})";
}
