namespace HarAcademy.Hosting.LocalProcesses;

/// <summary>Data folders and secret files readable by their owner only: they hold personal data and passwords.</summary>
internal static class OwnerOnly
{
    public const UnixFileMode Directory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateDirectory(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        System.IO.File.SetUnixFileMode(path, Directory);
    }

    /// <summary>Writes <paramref name="content"/> to a file that is owner-only from its creation on (no moment at the umask's mode).</summary>
    public static async Task WriteFileAsync(string path, string content, CancellationToken cancellationToken)
    {
        System.IO.File.Delete(path);
        await using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = File });
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(content.AsMemory(), cancellationToken);
    }
}
