using System.Text.RegularExpressions;

namespace HarAcademy.Courses.Authoring;

/// <summary>Checks DataAnnotations cannot express on list elements and URLs. Each returns (field, message) or null.</summary>
public static partial class InputChecks
{
    [GeneratedRegex("^[a-z0-9][a-z0-9+#.-]{0,49}$")]
    private static partial Regex StackTag();

    public static (string, string)? Tags(string field, string[]? values) =>
        values?.FirstOrDefault(value => !StackTag().IsMatch(value)) is { } bad
            ? (field, $"\"{bad}\" is not a tag: lowercase letters, digits and + # . - (up to 50).")
            : null;

    public static (string, string)? Texts(string field, string[]? values, int maxLength) =>
        values?.FirstOrDefault(value => string.IsNullOrWhiteSpace(value) || value.Length > maxLength) is { } bad
            ? (field, $"Each entry needs 1 to {maxLength} characters; \"{Shorten(bad)}\" does not.")
            : null;

    /// <summary>An https URL, or a media file of this service (<c>media:{id}</c>); plain http only for local addresses.</summary>
    public static (string, string)? Url(string field, string? value)
    {
        if (value is null || value.StartsWith("media:", StringComparison.Ordinal) && Guid.TryParse(value.AsSpan(6), out _))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
            ? null
            : (field, "Use an https URL, or media:{id} for a file uploaded to the course.");
    }

    public static (string, string)? FirstOf(params (string, string)?[] checks) => checks.FirstOrDefault(check => check is not null);

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
