using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses;
using HarAcademy.Hosting.LocalProcesses.Publishing;
using HarAcademy.Hosting.LocalProcesses.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace Aspire.Hosting;

public static class LocalRedisBuilderExtensions
{
    private const string Image = "docker.io/library/redis:7.0";
    private const int ContainerPort = 6379;

    /// <summary>
    /// A Redis 7 server: a local <c>redis-server</c> in run mode (append-only file in
    /// <c>{LocalProcesses:DataDirectory}/data/{name}</c>, kept across runs), a container with a volume in the publish
    /// manifest. Clients authenticate with the parameter <paramref name="password"/>, or <c>{name}-password</c>,
    /// generated once and kept in the AppHost's user secrets. Healthy when it answers PING with the password.
    /// </summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, [ResourceName] string name,
        int? port = null, IResourceBuilder<ParameterResource>? password = null)
    {
        password ??= builder.AddGeneratedPassword($"{name}-password");
        var redis = new LocalRedisResource(name, LocalData.DirectoryFor(builder, name), password.Resource);
        var publishing = builder.ExecutionContext.IsPublishMode;
        var durable = LocalData.IsDurable(builder);
        var healthCheckKey = LocalSecrets.AddConnectionStringHealthCheck(builder, redis,
            (checks, key, connectionString) => checks.AddRedis(_ => connectionString(), name: key));

        var resource = builder.AddResource(redis)
            .WithEndpoint(port: publishing ? null : LocalEndpointExtensions.RunModePort(builder, port), targetPort: publishing ? ContainerPort : null,
                scheme: "tcp", name: LocalRedisResource.EndpointName, isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(redis.PasswordFile, "--port", redis.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                // Loopback only ("-" marks ::1 optional, for machines without IPv6).
                context.Args.Add("--bind", "127.0.0.1", "-::1", "--protected-mode", "yes", "--dir", redis.DataDirectory,
                    "--appendonly", "yes", "--appendfsync", durable ? "everysec" : "no", "--save", "", "--daemonize", "no");
            })
            .WithHealthCheck(healthCheckKey)
            .WithIconName("Memory");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(redis, async (_, cancellationToken) =>
        {
            if (ExecutableSearch.Find("redis-server") is null)
            {
                throw new InvalidOperationException("redis-server is not installed: install it with `apt-get install -y redis-server`.");
            }

            var value = await redis.Password.GetValueAsync(cancellationToken) ?? "";
            if (value.Length == 0 || value.Any(character => character is '"' or '\\' || char.IsWhiteSpace(character) || char.IsControl(character)))
            {
                throw new InvalidOperationException($"Parameter '{redis.Password.Name}' must be a non-empty password without spaces, quotes or backslashes.");
            }

            // The data folder holds what services keep in Redis (event stream entries name users): owner-only.
            OwnerOnly.CreateDirectory(redis.DataDirectory);
            await OwnerOnly.WriteFileAsync(redis.PasswordFile, $"requirepass \"{value}\"\n", cancellationToken);
        });

        if (publishing)
        {
            // The container's entrypoint writes the password into a config file from the environment (printf is a shell
            // builtin), so it is on no command line there either.
            resource
                .WithEnvironment("REDIS_PASSWORD", password)
                .WithManifestPublishingCallback(context => ContainerManifest.WriteAsync(context, redis, Image,
                    [new ContainerVolume($"{name}-data", "/data")],
                    entrypoint: "/bin/sh",
                    arguments: ["-c", "umask 077 && printf 'requirepass \"%s\"\\n' \"$REDIS_PASSWORD\" > /tmp/redis.conf && exec redis-server /tmp/redis.conf --appendonly yes --dir /data"]));
        }

        return resource;
    }
}
