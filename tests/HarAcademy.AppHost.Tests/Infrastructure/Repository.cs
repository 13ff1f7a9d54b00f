namespace HarAcademy.AppHost.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The folder holding HarAcademy.sln, found upwards from the test's build output.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (their output is bin/{configuration}/{framework}/), the graph's too.</summary>
    public static string BuildConfiguration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HarAcademy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HarAcademy.sln above {AppContext.BaseDirectory}.");
    }
}
