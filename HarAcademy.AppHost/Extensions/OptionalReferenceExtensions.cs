using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class OptionalReferenceExtensions
{
    /// <summary>
    /// Like <c>WithReference(service)</c> for service discovery (<c>services__{name}__http__0</c>), but only while
    /// <paramref name="service"/> is in the graph: the gateway answers 503 on the routes of a service that is absent,
    /// so the suites and benchmarks that leave the AI service out of their copy of the graph still start the gateway.
    /// </summary>
    public static IResourceBuilder<T> WithOptionalReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithEndpoints> service)
        where T : IResourceWithEnvironment
    {
        var endpoint = service.Resource.GetEndpoint("http");
        return builder
            .WithEnvironment(context =>
            {
                // By name: publishing swaps a Dockerfile-built app's resource for its container form.
                if (builder.ApplicationBuilder.Resources.Any(resource => resource.Name == service.Resource.Name))
                {
                    context.EnvironmentVariables[$"services__{service.Resource.Name}__http__0"] = endpoint;
                }
            })
            .WithRelationship(service.Resource, "Reference");
    }
}
