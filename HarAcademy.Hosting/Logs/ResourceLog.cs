namespace HarAcademy.Hosting.Logs;

public sealed record LogLine(long Sequence, DateTimeOffset Time, int Replica, bool IsError, string Text);

/// <summary>
/// The recent output of one resource (a bounded ring, for the dashboard) and its complete output in
/// <c>{logs}/{name}.log</c>. Sequence numbers let a reader ask only for lines it has not seen.
/// </summary>
public sealed class ResourceLog : IDisposable
{
    public const int Capacity = 5000;

    private readonly LogLine[] _ring = new LogLine[Capacity];
    private readonly Lock _gate = new();
    private readonly StreamWriter? _file;
    private long _next;

    public ResourceLog(string? filePath)
    {
        if (filePath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
            _file = new StreamWriter(new FileStream(filePath, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        }
    }

    public LogLine Append(int replica, bool isError, string text)
    {
        lock (_gate)
        {
            var line = new LogLine(_next, DateTimeOffset.UtcNow, replica, isError, text);
            _ring[_next % Capacity] = line;
            _next++;
            _file?.WriteLine($"{line.Time:O} [{replica}]{(isError ? " !" : "")} {text}");
            return line;
        }
    }

    /// <summary>Lines with a sequence number above <paramref name="after"/> (-1 for all kept), oldest first.</summary>
    public IReadOnlyList<LogLine> ReadAfter(long after, int max = 1000)
    {
        lock (_gate)
        {
            var first = Math.Max(Math.Max(after + 1, _next - Capacity), 0);
            var count = (int)Math.Min(max, _next - first);
            var lines = new LogLine[Math.Max(count, 0)];
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = _ring[(first + i) % Capacity];
            }

            return lines;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
        }
    }
}
