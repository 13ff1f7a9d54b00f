using System.Text.RegularExpressions;

namespace HarAcademy.Hosting.Resources;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when the server first turns healthy.</summary>
public sealed partial class PostgresDatabaseResource : Resource, IResourceWithConnectionString
{
    public PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server) : base(name)
    {
        if (!DatabaseNamePattern().IsMatch(databaseName))
        {
            throw new ArgumentException($"Database name '{databaseName}' must match [a-z_][a-z0-9_]{{0,62}}.", nameof(databaseName));
        }

        DatabaseName = databaseName;
        Server = server;
    }

    public string DatabaseName { get; }
    public PostgresServerResource Server { get; }

    public override string Type => "database";
    public override Resource Owner => Server;

    public string GetConnectionString() => Server.GetConnectionString(DatabaseName);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseNamePattern();
}
