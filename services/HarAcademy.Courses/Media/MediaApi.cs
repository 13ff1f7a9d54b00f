using System.Security.Claims;
using HarAcademy.Courses.Authoring;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HarAcademy.Courses.Media;

public sealed record MediaView(Guid Id, string Kind, string ContentType, string FileName, long SizeBytes, string Reference, string Url);

/// <summary>
/// Course media: instructors upload videos, images and files (type sniffed, size limited, name sanitized); they are
/// streamed back with HTTP ranges (seeking in a video) to whoever may see them: a signed URL from a lesson, the
/// course's editors and enrolled learners, and anyone for images (thumbnails on the public catalog).
/// </summary>
public static class MediaApi
{
    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/api/v1/courses/{id:guid}/media").WithTags("Media");
        media.MapPost("/", Upload).DisableAntiforgery()
            // The largest accepted upload, a video; each kind's own limit is checked once its type is known.
            .WithMetadata(new RequestSizeLimitAttribute(500L * 1024 * 1024 + 64 * 1024))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = 500L * 1024 * 1024 + 64 * 1024 });
        media.MapGet("/{mediaId:guid}", Download).AllowAnonymous();
        return app;
    }

    public static async Task<Results<Created<MediaView>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid id, IFormFile? file, CoursesDbContext database, IMediaStore store, MediaUrls urls, IOptions<MediaOptions> options,
        TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await AuthoringApi.EditableAsync(database, id, user, cancellationToken) is (null, var problem))
        {
            return problem!;
        }

        if (file is null || file.Length == 0)
        {
            return Problems.Field("file", "Send the file as multipart/form-data, in a part named \"file\".");
        }

        var name = ContentSniffer.SafeName(file.FileName);
        await using var content = file.OpenReadStream();
        var head = new byte[Math.Min(ContentSniffer.HeaderLength, file.Length)];
        await content.ReadExactlyAsync(head, cancellationToken);
        content.Position = 0;
        if (ContentSniffer.Sniff(head, name) is not { } sniffed)
        {
            return TypedResults.Problem("Accepted: MP4 or WebM videos; PNG, JPEG, GIF or WebP images; PDF, Office, ZIP, CSV or text files.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported file type");
        }

        var limit = sniffed.Kind switch { "video" => options.Value.MaxVideoBytes, "image" => options.Value.MaxImageBytes, _ => options.Value.MaxFileBytes };
        if (file.Length > limit)
        {
            return TypedResults.Problem($"A {sniffed.Kind} may be up to {limit / (1024 * 1024)} MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
        }

        var asset = new MediaAsset
        {
            CourseId = id, Kind = sniffed.Kind, ContentType = sniffed.ContentType, FileName = name, SizeBytes = file.Length,
            UploadedBy = user.UserId(), CreatedAt = clock.GetUtcNow(), StorageKey = "",
        };
        asset.StorageKey = $"{id:N}/{asset.Id:N}";
        await store.SaveAsync(asset.StorageKey, content, cancellationToken);
        database.MediaAssets.Add(asset);
        await database.SaveChangesAsync(cancellationToken);
        var reference = $"media:{asset.Id}";
        return TypedResults.Created($"/api/v1/courses/{id}/media/{asset.Id}",
            new MediaView(asset.Id, asset.Kind, asset.ContentType, asset.FileName, asset.SizeBytes, reference, urls.Playable(id, reference)!));
    }

    public static async Task<IResult> Download(
        Guid id, Guid mediaId, CoursesDbContext database, IMediaStore store, MediaUrls urls, ClaimsPrincipal user,
        CancellationToken cancellationToken, long? expires = null, string? signature = null)
    {
        var asset = await database.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mediaId && m.CourseId == id, cancellationToken);
        if (asset is null)
        {
            return Problems.NotFound("media");
        }

        if (asset.Kind != "image" && !urls.Verify(id, mediaId, expires, signature) && !await MaySeeCourseContentAsync(database, id, user, cancellationToken))
        {
            return signature is null && user.OptionalUserId() is null
                ? TypedResults.Problem("Sign in, or use the link the lesson gives.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized")
                : Problems.NotEnrolled();
        }

        if (await store.OpenAsync(asset.StorageKey, cancellationToken) is not { } stream)
        {
            return Problems.NotFound("media");
        }

        // Inline for what a page shows (videos, images), a download for files; never sniffed by the browser either way.
        return TypedResults.File(stream, asset.ContentType, asset.Kind == "file" ? asset.FileName : null,
            lastModified: asset.CreatedAt, entityTag: new EntityTagHeaderValue($"\"{asset.Id:N}\""), enableRangeProcessing: true);
    }

    private static async Task<bool> MaySeeCourseContentAsync(CoursesDbContext database, Guid courseId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.OptionalUserId() is not { } caller)
        {
            return false;
        }

        var course = await database.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is not null && user.CanEdit(course))
        {
            return true;
        }

        return await LessonAccess.HasOpenEnrollmentAsync(database, courseId, caller, cancellationToken);
    }
}

public static class MediaServiceExtensions
{
    public static IServiceCollection AddMediaStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddSingleton<IMediaStore>(provider => new FileSystemMediaStore(
            provider.GetRequiredService<IOptions<MediaOptions>>().Value.Root ?? Path.Combine(Path.GetTempPath(), "har-academy-media")));
        services.AddSingleton<MediaUrls>();
        return services;
    }
}
