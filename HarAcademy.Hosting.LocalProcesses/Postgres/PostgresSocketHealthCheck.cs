using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HarAcademy.Hosting.LocalProcesses.Postgres;

/// <summary>The server answers SQL on its socket. (Each database has its own check, over TCP with the password, as services connect.)</summary>
internal sealed class PostgresSocketHealthCheck(LocalPostgresResource server) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!server.PrimaryEndpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("The server has no port yet.");
        }

        try
        {
            await using var connection = new NpgsqlConnection(PostgresServerAdmin.SocketConnectionString(server));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The server does not answer SQL yet.", exception);
        }
    }
}
