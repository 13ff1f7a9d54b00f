using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace HarAcademy.Testing;

/// <summary>Shared by the test suites and the benchmarks (linked into both).</summary>
public static class ReplicaAddressExtensions
{
    /// <summary>
    /// The address each running replica of <paramref name="resourceName"/> listens on itself, behind DCP's proxy (from
    /// its <c>ASPNETCORE_URLS</c>), in a stable order: for tests and benchmarks that must reach one replica in particular.
    /// </summary>
    public static async Task<IReadOnlyList<Uri>> ReplicaAddressesAsync(this DistributedApplication application, string resourceName, int replicas,
        CancellationToken cancellationToken = default)
    {
        var addresses = new SortedDictionary<string, Uri>(StringComparer.Ordinal);
        await foreach (var update in application.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.Resource.Name == resourceName && update.Snapshot.State?.Text == KnownResourceStates.Running
                && update.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value is { } urls)
            {
                addresses[update.ResourceId] = new Uri(urls.Split(';')[0]);
                if (addresses.Count == replicas)
                {
                    return [.. addresses.Values];
                }
            }
        }

        throw new OperationCanceledException($"'{resourceName}' did not show {replicas} running replicas.");
    }
}
