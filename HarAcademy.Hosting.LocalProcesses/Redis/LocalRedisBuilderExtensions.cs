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
        password ??= builder.AddParameter($"{name}-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
        var redis = new LocalRedisResource(name, LocalData.DirectoryFor(builder, name), password.Resource);
        var publishing = builder.ExecutionContext.IsPublishMode;
        var durable = LocalData.IsDurable(builder);

        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(redis, async (_, cancellationToken) =>
            connectionString = await redis.ConnectionStringExpression.GetValueAsync(cancellationToken));
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => connectionString ?? throw new InvalidOperationException($"The connection string of '{name}' is not known yet."),
            name: healthCheckKey);

        var resource = builder.AddResource(redis)
            .WithEndpoint(port: publishing ? null : LocalEndpointExtensions.RunModePort(builder, port), targetPort: publishing ? ContainerPort : null,
                scheme: "tcp", name: LocalRedisResource.EndpointName, isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(redis.PasswordFile);
                context.Args.Add("--port");
                context.Args.Add(redis.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                // Loopback only ("-" marks ::1 optional, for machines without IPv6).
                foreach (var argument in (string[])["--bind", "127.0.0.1", "-::1", "--protected-mode", "yes", "--dir", redis.DataDirectory,
                    "--appendonly", "yes", "--appendfsync", durable ? "everysec" : "no", "--save", "", "--daemonize", "no"])
                {
                    context.Args.Add(argument);
                }
            })
            .WithHealthCheck(healthCheckKey)
            .WithIconName("Memory");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(redis, async (_, cancellationToken) =>
        {
            if (ExecutableSearch.Find("redis-server") is null)
            {
                throw new InvalidOperationException("redis-server is not installed: install it with `apt-get install -y redis-server`.");
            }

            var value = await redis.Password.GetValueAsync(cancellationToken);
            Directory.CreateDirectory(redis.DataDirectory);
            await File.WriteAllTextAsync(redis.PasswordFile, "", cancellationToken);
            File.SetUnixFileMode(redis.PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            await File.WriteAllTextAsync(redis.PasswordFile, $"requirepass \"{value}\"\n", cancellationToken);
        });

        if (publishing)
        {
            resource
                .WithEnvironment("REDIS_PASSWORD", password)
                .WithManifestPublishingCallback(context => ContainerManifest.WriteAsync(context, redis, Image,
                    [new ContainerVolume($"{name}-data", "/data")],
                    entrypoint: "/bin/sh",
                    arguments: ["-c", "redis-server --requirepass \"$REDIS_PASSWORD\" --appendonly yes --dir /data"]));
        }

        return resource;
    }
}
