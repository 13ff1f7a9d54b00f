using System.Collections;

namespace HarAcademy.ServiceDefaults.RequestIds;

/// <summary>
/// The log scope carrying the request id: structured (<c>request_id</c> as a field for JSON logs) and readable
/// (<c>request_id:…</c> for text logs), without allocating a dictionary per request.
/// </summary>
internal sealed class RequestIdLogScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "request_id";

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, requestId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{requestId}";
}
