namespace HarAcademy.Gateway.Extensions;

/// <summary>The browser origins allowed to call the gateway with credentials (the web app's).</summary>
public static class CorsOrigins
{
    public const string Section = "Cors:Origins";

    /// <summary><c>Cors:Origins</c> as a list (<c>Cors:Origins:0</c>, …) or as one comma-separated value (<c>Cors__Origins=a,b</c>).</summary>
    public static string[] From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(child => child.Value ?? "");
        return values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
    }
}
