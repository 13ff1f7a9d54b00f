using Npgsql;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>The data folder outlives the password: a new password (user secrets reset, a parameter changed) takes effect over existing data.</summary>
public sealed class PostgresPasswordTests
{
    [Fact]
    public async Task A_new_password_takes_effect_over_existing_data_and_the_old_one_stops_working()
    {
        var cancel = TestContext.Current.CancellationToken;
        var dataDirectory = GraphIsolation.NewDataDirectory();
        try
        {
            string firstConnectionString;
            await using (var first = (await TestGraph.CreateOverAsync(dataDirectory, "--Parameters:postgres-password=FirstPassword2026xyz"))
                .Without("gateway", "auth", "chroma", "redis"))
            {
                await first.StartAsync(TimeSpan.FromSeconds(60), "aidb");
                firstConnectionString = await first.ConnectionStringAsync("aidb");
                await using var connection = new NpgsqlConnection(firstConnectionString);
                await connection.OpenAsync(cancel);
                await using var create = new NpgsqlCommand("CREATE TABLE survivor (value text); INSERT INTO survivor VALUES ('kept')", connection);
                await create.ExecuteNonQueryAsync(cancel);
            }

            await using var second = (await TestGraph.CreateOverAsync(dataDirectory, "--Parameters:postgres-password=SecondPassword2026xyz"))
                .Without("gateway", "auth", "chroma", "redis");
            await second.StartAsync(TimeSpan.FromSeconds(60), "aidb");
            var secondConnectionString = await second.ConnectionStringAsync("aidb");
            Assert.Contains("SecondPassword2026xyz", secondConnectionString);

            await using (var connection = new NpgsqlConnection(secondConnectionString))
            {
                await connection.OpenAsync(cancel);
                await using var read = new NpgsqlCommand("SELECT value FROM survivor", connection);
                Assert.Equal("kept", await read.ExecuteScalarAsync(cancel));
            }

            var stale = new NpgsqlConnectionStringBuilder(secondConnectionString) { Password = "FirstPassword2026xyz" }.ConnectionString;
            await using var refused = new NpgsqlConnection(stale);
            Assert.Equal(PostgresErrorCodes.InvalidPassword, (await Assert.ThrowsAsync<PostgresException>(() => refused.OpenAsync(cancel))).SqlState);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
