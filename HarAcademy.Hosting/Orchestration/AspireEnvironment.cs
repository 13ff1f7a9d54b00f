using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>
/// The configuration a process receives, named exactly as Aspire names it (REFERENCE.md), so our services would
/// run unchanged under Aspire: connection strings, service endpoints, OpenTelemetry settings.
/// </summary>
public static class AspireEnvironment
{
    public static Dictionary<string, string> For(ProcessResource resource, int replica, LaunchSpec launch, DistributedApplicationOptions options)
    {
        var environment = new Dictionary<string, string>(launch.Environment, StringComparer.Ordinal);

        foreach (var reference in resource.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString withConnectionString:
                    environment[$"ConnectionStrings__{withConnectionString.Name}"] = withConnectionString.GetConnectionString();
                    break;
                case IResourceWithServiceEndpoints withEndpoints:
                    AddServiceEndpoints(environment, withEndpoints);
                    break;
            }
        }

        environment["OTEL_SERVICE_NAME"] = resource.Name;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={resource.Name}-{replica}-{Guid.NewGuid():N}";
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpoint;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
            environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
            environment["OTEL_TRACES_SAMPLER"] = "always_on";
        }

        foreach (var (name, value) in resource.ExtraEnvironment)
        {
            environment[name] = value();
        }

        return environment;
    }

    /// <summary><c>services__{name}__{scheme}__{i}</c> per replica, and Aspire 13's <c>{NAME}_{SCHEME}</c> for the first (Vite configs read it).</summary>
    private static void AddServiceEndpoints(Dictionary<string, string> environment, IResourceWithServiceEndpoints resource)
    {
        var endpoints = resource.GetEndpoints();
        for (var i = 0; i < endpoints.Count; i++)
        {
            environment[$"services__{resource.Name}__{endpoints[i].Scheme}__{i}"] = endpoints[i].ToString().TrimEnd('/');
        }

        if (endpoints.Count > 0)
        {
            var variable = $"{resource.Name.ToUpperInvariant().Replace('-', '_')}_{endpoints[0].Scheme.ToUpperInvariant()}";
            environment[variable] = endpoints[0].ToString().TrimEnd('/');
        }
    }
}
