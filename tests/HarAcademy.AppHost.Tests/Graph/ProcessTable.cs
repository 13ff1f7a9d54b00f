namespace HarAcademy.AppHost.Tests.Graph;

/// <summary>Reads /proc to tell which processes are alive, so tests can prove nothing was left behind.</summary>
public static class ProcessTable
{
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            // A zombie has exited; only its exit status waits to be collected.
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].FirstOrDefault() != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Live processes whose command line mentions <paramref name="fragment"/> (e.g. a graph's data folder).</summary>
    public static IReadOnlyList<string> CommandLinesContaining(string fragment) =>
        Directory.EnumerateDirectories("/proc")
            .Where(directory => int.TryParse(Path.GetFileName(directory), out _))
            .Select(directory =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                }
                catch (IOException)
                {
                    return "";
                }
                catch (UnauthorizedAccessException)
                {
                    return "";
                }
            })
            .Where(commandLine => commandLine.Contains(fragment, StringComparison.Ordinal))
            .ToArray();
}
