using Aspire.Hosting.ApplicationModel;
using HarAcademy.Hosting.LocalProcesses;
using HarAcademy.Hosting.LocalProcesses.JavaScript;

namespace Aspire.Hosting;

public static class StaticWebAppBuilderExtensions
{
    /// <summary>
    /// The production build of the web app in <paramref name="appDirectory"/> (its <c>dist/</c>, made by
    /// <c>npm run build</c>), served in run mode by a local nginx with the app's <c>nginx/web.conf.template</c>, the
    /// same server configuration as its container: what the browser tests drive. <c>/api</c> and <c>/hubs</c> go to
    /// <paramref name="backend"/>, with <paramref name="proof"/> (the template's <c>WEB_PROOF</c>) by which the backend
    /// believes the server's X-Forwarded-For. No Aspire integration serves a build through nginx without a container,
    /// hence this one.
    /// </summary>
    public static IResourceBuilder<StaticWebAppResource> AddStaticWebApp(this IDistributedApplicationBuilder builder, [ResourceName] string name,
        string appDirectory, EndpointReference backend, IResourceBuilder<ParameterResource>? proof = null, int? port = null)
    {
        var directory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, appDirectory));
        var runtime = Path.Combine(LocalData.Root(builder), "run", name);
        var app = new StaticWebAppResource(name, directory, runtime, backend);
        var configuration = Path.Combine(runtime, "nginx.conf");
        var resource = builder.AddResource(app)
            .WithEndpoint(port: LocalEndpointExtensions.RunModePort(builder, port), scheme: "http", name: StaticWebAppResource.EndpointName, isProxied: false)
            .WithArgs("-p", runtime, "-c", configuration, "-e", "stderr")
            .WithHttpHealthCheck("/")
            .WithIconName("Globe");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(app, async (_, cancellationToken) =>
        {
            if (ExecutableSearch.Find("nginx") is null)
            {
                throw new InvalidOperationException("nginx is not installed: install it with `apt-get install -y nginx-light`.");
            }

            var root = Path.Combine(directory, "dist");
            if (!File.Exists(Path.Combine(root, "index.html")))
            {
                throw new InvalidOperationException($"'{name}' has no production build: run `npm run build --prefix {directory}`.");
            }

            OwnerOnly.CreateDirectory(runtime);
            var server = (await File.ReadAllTextAsync(Path.Combine(directory, "nginx", "web.conf.template"), cancellationToken))
                .Replace("${WEB_PORT}", $"127.0.0.1:{await app.PrimaryEndpoint.Property(EndpointProperty.TargetPort).GetValueAsync(cancellationToken)}")
                .Replace("${WEB_ROOT}", root)
                .Replace("${GATEWAY_URL}", await backend.GetValueAsync(cancellationToken))
                .Replace("${WEB_PROOF}", proof is null ? "" : await proof.Resource.GetValueAsync(cancellationToken));
            // The server file holds the proof the gateway trusts: owner-only, like every secret the AppHost writes.
            await OwnerOnly.WriteFileAsync(Path.Combine(runtime, "web.conf"), server, cancellationToken);
            await File.WriteAllTextAsync(configuration, MainConfiguration(runtime), cancellationToken);
        });

        return resource;
    }

    /// <summary>nginx's main file around the app's server: in the foreground, one worker, every path in the runtime folder.</summary>
    private static string MainConfiguration(string runtime) => $$"""
        # Written by the AppHost at each start (StaticWebAppBuilderExtensions); the server itself is web.conf.
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        daemon off;
        worker_processes 1;
        pid {{runtime}}/nginx.pid;
        error_log stderr warn;
        events { worker_connections 1024; }
        http {
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            access_log off;
            sendfile on;
            client_body_temp_path {{runtime}}/client_body;
            proxy_temp_path {{runtime}}/proxy;
            fastcgi_temp_path {{runtime}}/fastcgi;
            uwsgi_temp_path {{runtime}}/uwsgi;
            scgi_temp_path {{runtime}}/scgi;
            include {{runtime}}/web.conf;
        }
        """;
}
