namespace HarAcademy.Courses.Model;

/// <summary>An uploaded file of a course; its bytes live in the media store, not in the database.</summary>
public sealed class MediaAsset
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CourseId { get; set; }
    /// <summary>video | image | file.</summary>
    public required string Kind { get; set; }
    public required string ContentType { get; set; }
    public required string FileName { get; set; }
    public long SizeBytes { get; set; }
    public required string StorageKey { get; set; }
    public Guid UploadedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
