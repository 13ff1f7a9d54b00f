namespace HarAcademy.Hosting.Logs;

/// <summary>Prints every resource's output prefixed with its name, coloured per resource when the console is a terminal.</summary>
public sealed class ConsoleEcho
{
    private static readonly string[] Colors = ["\e[36m", "\e[32m", "\e[33m", "\e[35m", "\e[34m", "\e[91m", "\e[92m", "\e[96m"];
    private const string Reset = "\e[0m";

    private readonly bool _color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    private readonly Dictionary<string, string> _assigned = [];
    private readonly Lock _gate = new();
    private readonly int _width;

    public ConsoleEcho(IEnumerable<string> resourceNames)
    {
        var names = resourceNames.ToArray();
        _width = names.Length == 0 ? 8 : names.Max(name => name.Length) + 2;
        for (var i = 0; i < names.Length; i++)
        {
            _assigned[names[i]] = Colors[i % Colors.Length];
        }
    }

    public void Write(string resource, int replica, string text)
    {
        var label = replica > 0 ? $"{resource}-{replica}" : resource;
        lock (_gate)
        {
            if (_color && _assigned.TryGetValue(resource, out var color))
            {
                Console.Out.WriteLine($"{color}{label.PadRight(_width)}|{Reset} {text}");
            }
            else
            {
                Console.Out.WriteLine($"{label.PadRight(_width)}| {text}");
            }
        }
    }

    public void Engine(string text) => Write("apphost", 0, text);
}
