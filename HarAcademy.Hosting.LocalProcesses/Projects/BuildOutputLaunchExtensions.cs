using System.Reflection;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Lifecycle;
using HarAcademy.Hosting.LocalProcesses;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

public static class BuildOutputLaunchExtensions
{
    /// <summary>
    /// Runs each .NET project of the graph from its build output (the executable the build made, in the AppHost's own
    /// configuration) instead of through <c>dotnet run --no-build</c>, which Aspire uses by default and which stays
    /// resident beside every service for nothing (about 110 MB PSS each, measured here: more than the gateway itself). The AppHost's build has already
    /// built them (they are its project references). A project whose output is missing keeps Aspire's default.
    /// Run mode only; the manifest still describes each project as a project.
    /// </summary>
    public static IDistributedApplicationBuilder RunProjectsFromBuildOutput(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode)
        {
            return builder;
        }

        var configuration = builder.AppHostAssembly?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // The services run on the runtime the AppHost runs on (its shared folder is <root>/shared/Microsoft.NETCore.App/<version>).
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
        {
            foreach (var project in started.Model.Resources.OfType<ProjectResource>())
            {
                var projectPath = project.GetProjectMetadata().ProjectPath;
                var projectDirectory = Path.GetDirectoryName(projectPath)!;
                var executable = BuiltExecutable(projectDirectory, Path.GetFileNameWithoutExtension(projectPath), configuration);
                if (executable is null)
                {
                    started.Services.ResourceLog(project).LogWarning("No build output for {Project} in {Configuration}: running it with dotnet run", project.Name, configuration);
                    continue;
                }

                // Same working directory as dotnet run: the project's folder is the content root (appsettings.json).
                project.Annotations.Add(new ExecutableAnnotation { Command = executable, WorkingDirectory = projectDirectory });
                project.Annotations.Add(new EnvironmentCallbackAnnotation(environment => environment.EnvironmentVariables["DOTNET_ROOT"] = dotnetRoot));
            }

            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>bin/{configuration}/{target framework}/{assembly}: the newest build when there are several frameworks.</summary>
    private static string? BuiltExecutable(string projectDirectory, string assemblyName, string configuration)
    {
        var output = Path.Combine(projectDirectory, "bin", configuration);
        return Directory.Exists(output)
            ? Directory.EnumerateDirectories(output)
                .Select(framework => new FileInfo(Path.Combine(framework, assemblyName)))
                .Where(file => file.Exists)
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .FirstOrDefault()?.FullName
            : null;
    }
}
