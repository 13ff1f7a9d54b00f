using Aspire.Hosting;
using Microsoft.Extensions.Configuration;

namespace HarAcademy.Hosting.LocalProcesses;

/// <summary>
/// Where the local resources keep their data in run mode, from the AppHost's configuration section
/// <c>LocalProcesses</c>: <c>DataDirectory</c> (relative to the AppHost's folder) and <c>Durable</c> (false for throw-away
/// test data: fsync and friends off, since durability costs time and buys nothing there).
/// </summary>
public static class LocalData
{
    public const string Section = "LocalProcesses";

    /// <summary>The data folder of <paramref name="resourceName"/>: <c>{DataDirectory}/data/{resourceName}</c>.</summary>
    public static string DirectoryFor(IDistributedApplicationBuilder builder, string resourceName) =>
        Path.Combine(Root(builder), "data", resourceName);

    public static string Root(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, builder.Configuration[$"{Section}:DataDirectory"] ?? ".data"));

    public static bool IsDurable(IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue($"{Section}:Durable", true);
}
