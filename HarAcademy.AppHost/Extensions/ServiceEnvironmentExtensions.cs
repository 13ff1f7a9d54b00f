using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class ServiceEnvironmentExtensions
{
    /// <summary>
    /// Every .NET service runs in the AppHost's own environment: Development only when the AppHost is (so a Production
    /// run has no development feature), whatever a service's defaults say. Aspire passes none when a project runs
    /// without a launch profile, which would make every service Production even under a Development AppHost.
    /// </summary>
    public static IDistributedApplicationBuilder RunServicesInAppHostEnvironment(this IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            var environment = builder.Environment.EnvironmentName;
            builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
            {
                foreach (var project in started.Model.Resources.OfType<ProjectResource>())
                {
                    project.Annotations.Add(new EnvironmentCallbackAnnotation(context => context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = environment));
                }

                return Task.CompletedTask;
            });
        }

        return builder;
    }
}
