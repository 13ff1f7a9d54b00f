using Npgsql;

namespace HarAcademy.AppHost.Tests.LocalProcesses;

/// <summary>
/// The data folder outlives the passwords: new ones (user secrets reset, a parameter changed) take effect over existing
/// data, for the superuser and for a database's own role; what the superuser made in a database is handed to its role.
/// </summary>
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
            await using (var first = (await TestGraph.CreateOverAsync(dataDirectory,
                "--Parameters:postgres-password=FirstPassword2026xyz", "--Parameters:aidb-password=FirstRolePassword2026xyz"))
                .Without("gateway", "ai", "payments", "courses", "auth", "chroma", "redis"))
            {
                await first.StartAsync(TimeSpan.FromSeconds(60), "aidb");
                firstConnectionString = await first.ConnectionStringAsync("aidb");
                await using var connection = new NpgsqlConnection(firstConnectionString);
                await connection.OpenAsync(cancel);
                await using var create = new NpgsqlCommand("CREATE TABLE survivor (value text); INSERT INTO survivor VALUES ('kept')", connection);
                await create.ExecuteNonQueryAsync(cancel);

                // A table the superuser made, as every table was before databases had roles of their own.
                var asSuperuser = new NpgsqlConnectionStringBuilder(await first.ConnectionStringAsync("postgres")) { Database = "har_ai", Pooling = false };
                await using var superuser = new NpgsqlConnection(asSuperuser.ConnectionString);
                await superuser.OpenAsync(cancel);
                await using var legacy = new NpgsqlCommand("CREATE TABLE legacy (id int GENERATED ALWAYS AS IDENTITY, value text)", superuser);
                await legacy.ExecuteNonQueryAsync(cancel);
            }

            await using var second = (await TestGraph.CreateOverAsync(dataDirectory,
                "--Parameters:postgres-password=SecondPassword2026xyz", "--Parameters:aidb-password=SecondRolePassword2026xyz"))
                .Without("gateway", "ai", "payments", "courses", "auth", "chroma", "redis");
            await second.StartAsync(TimeSpan.FromSeconds(60), "aidb");
            var secondConnectionString = await second.ConnectionStringAsync("aidb");
            Assert.Contains("SecondRolePassword2026xyz", secondConnectionString);

            await using (var connection = new NpgsqlConnection(secondConnectionString))
            {
                await connection.OpenAsync(cancel);
                await using var read = new NpgsqlCommand("SELECT value FROM survivor", connection);
                Assert.Equal("kept", await read.ExecuteScalarAsync(cancel));
                await using var owner = new NpgsqlCommand("SELECT tableowner FROM pg_tables WHERE tablename = 'legacy'", connection);
                Assert.Equal("har_ai", await owner.ExecuteScalarAsync(cancel));
                await using var migrate = new NpgsqlCommand("ALTER TABLE legacy ADD COLUMN added text; INSERT INTO legacy (value) VALUES ('x')", connection);
                await migrate.ExecuteNonQueryAsync(cancel); // what a migration does: only an owner can
            }

            var stale = new NpgsqlConnectionStringBuilder(secondConnectionString) { Password = "FirstRolePassword2026xyz" }.ConnectionString;
            await using var refused = new NpgsqlConnection(stale);
            Assert.Equal(PostgresErrorCodes.InvalidPassword, (await Assert.ThrowsAsync<PostgresException>(() => refused.OpenAsync(cancel))).SqlState);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
