using System.Text;
using System.Text.RegularExpressions;

namespace HarAcademy.Courses.Media;

/// <summary>What an upload really is, from its first bytes (the declared type and the name's extension are not trusted).</summary>
public static partial class ContentSniffer
{
    public sealed record Sniffed(string Kind, string ContentType);

    public const int HeaderLength = 8192;

    /// <summary>The kind (video, image, file) and type served back; null for anything not accepted (HTML, SVG, executables…).</summary>
    public static Sniffed? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return new("video", "video/mp4");
        }

        if (head.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }))
        {
            return new("video", "video/webm");
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return new("image", "image/png");
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return new("image", "image/jpeg");
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new("image", "image/gif");
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new("image", "image/webp");
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return new("file", "application/pdf");
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return extension switch
            {
                ".xlsx" => new("file", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                ".docx" => new("file", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                ".pptx" => new("file", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                _ => new("file", "application/zip"),
            };
        }

        // Text (data, code, notes): valid UTF-8 without NUL, and not markup a browser would run.
        if (IsPlainText(head))
        {
            return extension == ".csv" ? new("file", "text/csv; charset=utf-8") : new("file", "text/plain; charset=utf-8");
        }

        return null;
    }

    private static bool IsPlainText(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0 || head.Contains((byte)0))
        {
            return false;
        }

        // A cut in the middle of a multi-byte character at the end of the sample is not an error.
        var sample = head.Length == HeaderLength ? head[..^4] : head;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(sample);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return !Markup().IsMatch(text);
    }

    [GeneratedRegex(@"^\s*<(!doctype|html|svg|\?xml|script)", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    /// <summary>A file name safe to store and to send back in Content-Disposition: letters, digits, spaces, . _ - only.</summary>
    public static string SafeName(string? name)
    {
        var baseName = Path.GetFileName(name ?? "").Normalize(NormalizationForm.FormC);
        var kept = new StringBuilder(baseName.Length);
        foreach (var character in baseName)
        {
            kept.Append(char.IsLetterOrDigit(character) || character is '.' or '_' or '-' or ' ' ? character : '_');
        }

        var cleaned = kept.ToString().Trim(' ', '.');
        if (cleaned.Length > 100)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = cleaned[..(100 - Math.Min(extension.Length, 10))] + extension[..Math.Min(extension.Length, 10)];
        }

        return cleaned.Length == 0 ? "file" : cleaned;
    }
}
