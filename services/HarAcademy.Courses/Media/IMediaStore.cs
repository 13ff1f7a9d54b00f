namespace HarAcademy.Courses.Media;

/// <summary>Where uploaded media bytes live: a folder in run mode; a cloud blob store can implement the same later.</summary>
public interface IMediaStore
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>A seekable stream (ranges are served from it), or null when the key has no bytes.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Files under <c>Media:Root</c>; keys are generated ids (never a user's file name), so no path escapes the root.</summary>
public sealed class FileSystemMediaStore(string root) : IMediaStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside, then moved: a reader never sees half a file, a failed upload leaves nothing behind.
        var partial = path + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("A media key names a file under the media root.", nameof(key));
    }
}
