using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Publishing;

namespace HarAcademy.Hosting.LocalProcesses.Publishing;

/// <summary>A named volume mounted into a container: where a resource keeps its data once deployed.</summary>
public sealed record ContainerVolume(string Name, string Target);

/// <summary>
/// Writes a locally-run resource into the publish manifest in its deployable form, a <c>container.v0</c> entry (what azd
/// and the Kubernetes generators accept; <c>executable.v0</c> they reject): image, entrypoint and arguments, volumes, the
/// resource's environment (publish-mode values only), its bindings and, when it has one, its connection string.
/// </summary>
internal static class ContainerManifest
{
    public static async Task WriteAsync(ManifestPublishingContext context, IResource resource, string image, IReadOnlyList<ContainerVolume> volumes,
        string? entrypoint = null, IReadOnlyList<string>? arguments = null)
    {
        var writer = context.Writer;
        writer.WriteString("type", "container.v0");
        context.WriteConnectionString(resource);
        writer.WriteString("image", image);
        if (entrypoint is not null)
        {
            writer.WriteString("entrypoint", entrypoint);
        }

        if (arguments is { Count: > 0 })
        {
            writer.WriteStartArray("args");
            foreach (var argument in arguments)
            {
                writer.WriteStringValue(argument);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("volumes");
        foreach (var volume in volumes)
        {
            writer.WriteStartObject();
            writer.WriteString("name", volume.Name);
            writer.WriteString("target", volume.Target);
            writer.WriteBoolean("readOnly", false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        await context.WriteEnvironmentVariablesAsync(resource);
        context.WriteBindings(resource);
    }
}
