using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class GeneratedPasswordExtensions
{
    /// <summary>
    /// A secret parameter whose value, unless configured (<c>Parameters:{name}</c>), is generated on the first run and
    /// kept in the AppHost's user secrets, as Aspire keeps its own resources' passwords; the dashboard shows it under
    /// Parameters. Letters and digits only (24 of them, about 140 bits), so it is safe inside connection strings, config
    /// files and shell words, and easy to type.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddGeneratedPassword(this IDistributedApplicationBuilder builder, [ResourceName] string name) =>
        builder.AddParameter(name, new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
}
