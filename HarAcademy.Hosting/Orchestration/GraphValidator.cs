using HarAcademy.Hosting.Resources;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>Checks a declared graph before anything starts: every related resource is declared, and nothing depends on itself.</summary>
public static class GraphValidator
{
    public static void Validate(IReadOnlyList<Resource> resources)
    {
        var declared = resources.ToHashSet();
        foreach (var resource in resources)
        {
            foreach (var related in Dependencies(resource))
            {
                if (!declared.Contains(related))
                {
                    throw new GraphException($"{resource} refers to unknown resource '{related.Name}' (not declared in this graph)");
                }
            }

            if (resource.References.Any(reference => reference is not (IResourceWithConnectionString or IResourceWithServiceEndpoints)))
            {
                var wrong = resource.References.First(reference => reference is not (IResourceWithConnectionString or IResourceWithServiceEndpoints));
                throw new GraphException($"{resource} references {wrong}, which offers neither a connection string nor service endpoints");
            }
        }

        var cycle = FindCycle(resources);
        if (cycle is not null)
        {
            throw new GraphException($"the graph has a cycle: {string.Join(" -> ", cycle.Select(resource => resource.Name))}");
        }
    }

    /// <summary>What must run before <paramref name="resource"/>: its waits, its references and its owner (a database's server).</summary>
    public static IEnumerable<Resource> Dependencies(Resource resource) =>
        resource.WaitsFor.Concat(resource.References)
            .Append(resource.Owner)
            .Where(other => other != resource)
            .Distinct();

    private static List<Resource>? FindCycle(IReadOnlyList<Resource> resources)
    {
        var state = new Dictionary<Resource, int>(); // 1 = on the current path, 2 = done
        var path = new List<Resource>();

        List<Resource>? Visit(Resource resource)
        {
            state[resource] = 1;
            path.Add(resource);
            foreach (var next in Dependencies(resource))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[resource] = 2;
            return null;
        }

        return resources.Where(resource => state.GetValueOrDefault(resource) == 0).Select(Visit).FirstOrDefault(found => found is not null);
    }
}
