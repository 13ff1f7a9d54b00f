namespace HarAcademy.Hosting.LocalProcesses;

/// <summary>Finds a program on PATH, so a missing one is named with the command that installs it instead of DCP's generic error.</summary>
internal static class ExecutableSearch
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
