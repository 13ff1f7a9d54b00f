using System.Buffers;

namespace HarAcademy.ServiceDefaults.RequestIds;

/// <summary>The <c>X-Request-Id</c> contract: which incoming ids are accepted, and how new ones are made.</summary>
public static class RequestId
{
    public const string HeaderName = "X-Request-Id";
    public const int MaxLength = 128;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:");

    private static readonly AsyncLocal<string?> CurrentId = new();

    /// <summary>The id of the request this code runs for, if any (flows into background work started by it).</summary>
    public static string? Current
    {
        get => CurrentId.Value;
        internal set => CurrentId.Value = value;
    }

    /// <summary>
    /// An id is kept only when it is short and plain, so a caller cannot inject log lines, headers or
    /// unbounded text through it.
    /// </summary>
    public static bool IsWellFormed(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        && candidate.Length <= MaxLength
        && !candidate.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>A new id: a version 7 UUID, so ids sort by time in logs.</summary>
    public static string New() => Guid.CreateVersion7().ToString("N");
}
