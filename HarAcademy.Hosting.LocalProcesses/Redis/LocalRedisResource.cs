using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Hosting.LocalProcesses.Redis;

/// <summary>
/// A <c>redis-server</c> run as a local process, with a password and the append-only file on, and Aspire's Redis
/// connection-string format (<c>host:port,password=…</c>, what <c>AddRedisClient</c> reads).
/// </summary>
public sealed class LocalRedisResource(string name, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, "redis-server", dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    /// <summary>Holds the password (mode 600), so it never shows on a command line in <c>ps</c>.</summary>
    public string PasswordFile => Path.Combine(DataDirectory, "password.conf");

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)},password={Password}");
}
