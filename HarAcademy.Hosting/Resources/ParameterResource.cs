namespace HarAcademy.Hosting.Resources;

/// <summary>
/// A value taken from the AppHost's configuration section <c>Parameters</c> (appsettings.json, or environment
/// <c>Parameters__{name}</c>), as Aspire's parameters are. Secret values are never shown by the dashboard.
/// </summary>
public sealed class ParameterResource(string name, string? value, bool secret)
{
    public string Name { get; } = name;
    public bool Secret { get; } = secret;

    public string Value => value
        ?? throw new InvalidOperationException($"Parameter '{Name}' has no value: set Parameters:{Name} in the AppHost's configuration or the environment variable Parameters__{Name}.");

    public bool HasValue => value is not null;
}
