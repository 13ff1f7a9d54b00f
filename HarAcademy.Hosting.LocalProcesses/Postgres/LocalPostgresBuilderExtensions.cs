using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses;
using HarAcademy.Hosting.LocalProcesses.Postgres;
using HarAcademy.Hosting.LocalProcesses.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

public static class LocalPostgresBuilderExtensions
{
    // What the deployed form runs (the same major version as Debian 12's postgresql-15 run locally).
    private const string Image = "docker.io/library/postgres:15.18";
    private const int ContainerPort = 5432;

    /// <summary>
    /// A PostgreSQL 15 server: a local process in run mode (data in <c>{LocalProcesses:DataDirectory}/data/{name}</c>,
    /// kept across runs), a container with a volume in the publish manifest. The superuser's password is the parameter
    /// <paramref name="password"/>, or <c>{name}-password</c>, generated once and kept in the AppHost's user secrets.
    /// Healthy when it answers SQL; databases added with <see cref="AddDatabase"/> are created when it is.
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, [ResourceName] string name,
        int? port = null, IResourceBuilder<ParameterResource>? password = null)
    {
        password ??= builder.AddGeneratedPassword($"{name}-password");
        var (command, launchPrefix) = PostgresLaunch.Invocation();
        var server = new LocalPostgresResource(name, command, LocalData.DirectoryFor(builder, name), password.Resource);
        var publishing = builder.ExecutionContext.IsPublishMode;
        var durable = LocalData.IsDurable(builder);

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckKey, _ => new PostgresSocketHealthCheck(server), failureStatus: null, tags: null));

        var resource = builder.AddResource(server)
            .WithEndpoint(port: publishing ? null : LocalEndpointExtensions.RunModePort(builder, port), targetPort: publishing ? ContainerPort : null,
                scheme: "tcp", name: LocalPostgresResource.EndpointName, isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add([.. launchPrefix.Cast<object>()]);
                context.Args.Add("-D", server.DataDirectory, "-p", server.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                // Loopback only. The socket, for the AppHost's administration, lives in the owner-only data folder and
                // is owner-only itself.
                context.Args.Add("-h", "localhost", "-k", server.DataDirectory, "-c", "unix_socket_permissions=0700", "-c", "max_connections=300");
                if (!durable)
                {
                    context.Args.Add("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
                }
            })
            .WithHealthCheck(healthCheckKey)
            .WithIconName("DatabaseMultiple");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (started, cancellationToken) =>
        {
            var log = started.Services.ResourceLog(server);
            await DatabaseStates.PublishAsync(started.Services, server, KnownResourceStates.Starting, cancellationToken);
            await PostgresServerAdmin.PrepareDataDirectoryAsync(server, log, cancellationToken);
            await PostgresLaunch.StopLeftoverServerAsync(server.DataDirectory, log, cancellationToken);
        });
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (ready, cancellationToken) =>
        {
            try
            {
                await PostgresServerAdmin.OnServerReadyAsync(server, ready.Services.ResourceLog(server), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await DatabaseStates.PublishAsync(ready.Services, server, KnownResourceStates.FailedToStart, cancellationToken);
                throw;
            }

            await DatabaseStates.PublishAsync(ready.Services, server, KnownResourceStates.Running, cancellationToken);
        });
        builder.Eventing.Subscribe<ResourceStoppedEvent>(server, (stopped, cancellationToken) =>
            DatabaseStates.PublishStoppedAsync(stopped.Services, server, stopped.ResourceEvent, cancellationToken));

        if (publishing)
        {
            resource
                .WithEnvironment("POSTGRES_USER", LocalPostgresResource.SuperUser)
                .WithEnvironment("POSTGRES_PASSWORD", password)
                .WithEnvironment("POSTGRES_HOST_AUTH_METHOD", "scram-sha-256")
                .WithEnvironment("POSTGRES_INITDB_ARGS", "--auth-host=scram-sha-256 --auth-local=scram-sha-256")
                .WithManifestPublishingCallback(context => ContainerManifest.WriteAsync(context, server, Image,
                    [new ContainerVolume($"{name}-data", "/var/lib/postgresql/data")]));
        }

        return resource;
    }

    /// <summary>
    /// A database on the server, created when the server is ready, with a login role of its own that owns it (run mode;
    /// password <c>{name}-password</c>, generated once), and healthy when it answers SQL with that role's credentials,
    /// which is what <c>WaitFor</c> on it waits for. Services reference the database, never the server.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> builder,
        [ResourceName] string name, string? databaseName = null)
    {
        databaseName ??= name;
        if (!PostgresServerAdmin.DatabaseNamePattern().IsMatch(databaseName) || databaseName is LocalPostgresResource.SuperUser || databaseName.StartsWith("template", StringComparison.Ordinal)
            || databaseName.StartsWith("pg_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Database name '{databaseName}' must be lower-case letters, digits and underscores, not starting with a digit, and not a name PostgreSQL keeps (postgres, template…, pg_…): its owner role has the same name.", nameof(databaseName));
        }

        var password = builder.ApplicationBuilder.ExecutionContext.IsRunMode ? builder.ApplicationBuilder.AddGeneratedPassword($"{name}-password").Resource : null;
        var database = new LocalPostgresDatabaseResource(name, databaseName, builder.Resource, password);
        builder.Resource.AddDatabase(database);
        var healthCheckKey = LocalSecrets.AddConnectionStringHealthCheck(builder.ApplicationBuilder, database,
            (checks, key, connectionString) => checks.AddNpgSql(_ => connectionString(), name: key));

        return builder.ApplicationBuilder.AddResource(database)
            .WithHealthCheck(healthCheckKey)
            .WithIconName("Database")
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new ResourcePropertySnapshot("postgres.database", databaseName)],
            });
    }
}
