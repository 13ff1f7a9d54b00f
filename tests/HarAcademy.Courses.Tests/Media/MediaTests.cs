using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Media;

/// <summary>Uploads are sniffed, limited and named safely; media is streamed with ranges to those allowed to see it.</summary>
public sealed class MediaTests(CoursesGraph graph)
{
    /// <summary>An MP4's first bytes (an ftyp box), then data: enough for the sniffer, and for ranges to be checked byte by byte.</summary>
    private static byte[] Mp4(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        byte[] header = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    private static async Task<HttpResponseMessage> UploadAsync(User user, Guid course, byte[] content, string fileName)
    {
        using var client = new HttpClient { BaseAddress = user.Graph.Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return await client.PostAsync($"/api/v1/courses/{course}/media", form, CoursesGraph.Cancel);
    }

    [Fact]
    public async Task A_video_is_uploaded_and_streamed_with_ranges_through_a_signed_url()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);
        var video = Mp4(300_000);
        using var uploaded = await UploadAsync(owner, id, video, "../../etc/Mon cours <1>.mp4");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var media = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync(CoursesGraph.Cancel)).RootElement;
        Assert.Equal("video/mp4", media.GetProperty("content_type").GetString());
        Assert.Equal("Mon cours _1_.mp4", media.GetProperty("file_name").GetString());
        var signed = media.GetProperty("url").GetString()!;

        // Anonymous with the signed URL (a <video> element sends no token): the middle of the file, exactly.
        using var client = new HttpClient { BaseAddress = graph.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Get, signed);
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var partial = await client.SendAsync(request, CoursesGraph.Cancel);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("bytes 1000-1999/300000", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(video[1000..2000], await partial.Content.ReadAsByteArrayAsync(CoursesGraph.Cancel));

        // Without the signature, or with a forged one, a stranger gets nothing.
        var bare = signed[..signed.IndexOf('?')];
        await graph.Anonymous().ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, bare);
        await (await graph.LearnerAsync()).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, bare);
        await graph.Anonymous().ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, signed[..^3] + "AAA");
        // The course's instructor reads it with a token.
        using var whole = await owner.SendAsync(HttpMethod.Get, bare);
        Assert.Equal(video, await whole.Content.ReadAsByteArrayAsync(CoursesGraph.Cancel));

        // A lesson pointing at it hands out a playable, signed URL.
        var module = await CourseBuilder.ModuleOfAsync(owner, id);
        var lesson = await owner.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/courses/{id}/modules/{module}/lessons",
            new { title = "Clip", type = "video", is_preview = true, video = new { url = media.GetProperty("reference").GetString(), duration_seconds = 12 } });
        var playable = lesson.GetProperty("video").GetProperty("url").GetString()!;
        Assert.StartsWith($"/api/v1/courses/{id}/media/", playable);
        Assert.Contains("signature=", playable);
    }

    [Fact]
    public async Task Unknown_or_dangerous_files_are_refused_and_only_editors_upload()
    {
        var owner = await graph.InstructorAsync();
        var (id, _) = await CourseBuilder.PublishedAsync(owner, lessons: 1);

        using (var html = await UploadAsync(owner, id, "<!DOCTYPE html><script>alert(1)</script>"u8.ToArray(), "notes.txt"))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        }

        using (var binary = await UploadAsync(owner, id, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], "tool.exe"))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, binary.StatusCode);
        }

        using (var csv = await UploadAsync(owner, id, "mois;ventes\njanvier;120\n"u8.ToArray(), "ventes.csv"))
        {
            Assert.Equal(HttpStatusCode.Created, csv.StatusCode);
        }

        using (var stranger = await UploadAsync(await graph.InstructorAsync("Other"), id, Mp4(100), "x.mp4"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        }

        var tooBigImage = new byte[6 * 1024 * 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(tooBigImage, 0);
        using var big = await UploadAsync(owner, id, tooBigImage, "big.png");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
    }
}
