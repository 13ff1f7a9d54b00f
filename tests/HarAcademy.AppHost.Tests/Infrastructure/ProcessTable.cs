namespace HarAcademy.AppHost.Tests.Infrastructure;

/// <summary>Reads /proc to tell which processes are alive and who started them, so tests can prove nothing was left behind.</summary>
public static class ProcessTable
{
    public static bool IsAlive(int pid)
    {
        try
        {
            // A zombie has exited; only its exit status waits to be collected.
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].FirstOrDefault() != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Every live process as (pid, parent pid, command line).</summary>
    public static IReadOnlyList<(int Pid, int ParentPid, string CommandLine)> Snapshot() =>
        Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .Select(pid =>
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
                    return (pid, parent, File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim());
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
                {
                    return (pid, 0, "");
                }
            })
            .Where(process => process.Item3.Length > 0)
            .ToArray();

    /// <summary><paramref name="roots"/> and every process below them.</summary>
    public static IReadOnlyList<(int Pid, string CommandLine)> Tree(IEnumerable<int> roots)
    {
        var processes = Snapshot();
        var found = new List<(int, string)>();
        var pending = new Queue<int>(roots);
        var seen = new HashSet<int>();
        while (pending.TryDequeue(out var pid))
        {
            if (!seen.Add(pid))
            {
                continue;
            }

            found.AddRange(processes.Where(process => process.Pid == pid).Select(process => (process.Pid, process.CommandLine)));
            foreach (var child in processes.Where(process => process.ParentPid == pid))
            {
                pending.Enqueue(child.Pid);
            }
        }

        return found;
    }
}
