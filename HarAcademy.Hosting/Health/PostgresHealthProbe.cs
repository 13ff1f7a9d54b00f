using Npgsql;

namespace HarAcademy.Hosting.Health;

/// <summary>Healthy when a fresh connection can log in and run <c>SELECT 1</c> (stronger than pg_isready, which does not log in).</summary>
public sealed class PostgresHealthProbe(string connectionString) : IHealthProbe
{
    private readonly string _connectionString = connectionString + ";Pooling=false;Timeout=2;Command Timeout=2";

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
