namespace HarAcademy.Hosting.LocalProcesses;

internal static class LaunchArguments
{
    /// <summary>Appends command-line values: strings, or expressions Aspire resolves at launch (an endpoint's port).</summary>
    public static void Add(this IList<object> arguments, params object[] values)
    {
        foreach (var value in values)
        {
            arguments.Add(value);
        }
    }
}
