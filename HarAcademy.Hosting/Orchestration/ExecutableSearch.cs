namespace HarAcademy.Hosting.Orchestration;

public static class ExecutableSearch
{
    /// <summary>The full path of <paramref name="command"/> as the shell would find it, or null.</summary>
    public static string? Find(string command)
    {
        if (command.Contains('/'))
        {
            return File.Exists(command) ? command : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);
    }
}
