using System.Net;
using System.Net.Http.Headers;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Catalog;

/// <summary>The development catalog: real courses of the demo instructors, every lesson type, videos that play offline.</summary>
public sealed class SeedTests(CoursesGraph graph)
{
    private static readonly Guid Amina = Guid.Parse("0193a000-0000-7000-8000-00000000a001");
    private static readonly Guid Lucas = Guid.Parse("0193a000-0000-7000-8000-00000000a002");

    [Fact]
    public async Task The_catalog_has_published_courses_in_every_domain_and_both_languages()
    {
        var seeded = await graph.ScalarAsync<long>("SELECT count(*) FROM courses WHERE instructor_id IN (@a, @l)", ("a", Amina), ("l", Lucas));
        Assert.True(seeded >= 15, $"{seeded} seeded courses");
        var published = await graph.Anonymous().GetAsync("/api/v1/courses?page_size=100");
        var facets = published.GetProperty("facets");
        var domains = facets.GetProperty("domain").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Excel", "R", "Python", "Other" }, domains);
        Assert.Superset(new HashSet<string?> { "fr", "en" }, facets.GetProperty("language").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToHashSet());
        Assert.Superset(new HashSet<string?> { "free", "paid" }, facets.GetProperty("price").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToHashSet());
        // Every seeded course has lessons of all four types.
        Assert.Equal(0L, await graph.ScalarAsync<long>("""
            SELECT count(*) FROM courses c WHERE c.instructor_id IN (@a, @l)
              AND (SELECT count(DISTINCT type) FROM lessons l WHERE l.course_id = c.id) < 4
            """, ("a", Amina), ("l", Lucas)));
        // Searchable in French: the pivot tables course by a plural, without accents.
        var search = await graph.Anonymous().GetAsync("/api/v1/courses?q=tableaux+croises");
        Assert.Contains(search.GetProperty("items").EnumerateArray(), item => item.GetProperty("instructor_id").GetGuid() == Amina);
    }

    [Fact]
    public async Task A_seeded_video_lesson_plays_from_its_signed_url()
    {
        var courseId = await graph.ScalarAsync<Guid>("""
            SELECT l.course_id FROM lessons l JOIN courses c ON c.id = l.course_id
            WHERE l.type = 'video' AND l.is_preview AND c.status = 'published' AND c.instructor_id IN (@a, @l) LIMIT 1
            """, ("a", Amina), ("l", Lucas));
        var lessonId = await graph.ScalarAsync<Guid>("SELECT id FROM lessons WHERE course_id = @c AND type = 'video' AND is_preview LIMIT 1", ("c", courseId));
        var lesson = await graph.Anonymous().GetAsync($"/api/v1/courses/{courseId}/lessons/{lessonId}");
        var url = lesson.GetProperty("video").GetProperty("url").GetString()!;
        Assert.False(string.IsNullOrEmpty(lesson.GetProperty("video").GetProperty("transcript").GetString()));

        using var client = new HttpClient { BaseAddress = graph.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(0, 11);
        using var response = await client.SendAsync(request, CoursesGraph.Cancel);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ftyp"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync(CoursesGraph.Cancel))[4..8]);
    }

    [Fact]
    public async Task Demo_learners_have_enrollments_progress_and_a_certificate()
    {
        var sarah = await graph.DemoAsync("sarah.benali@demo.har.academy");
        var thomas = await graph.DemoAsync("thomas.durand@demo.har.academy");
        var enrollments = (await sarah.GetAsync("/api/v1/enrollments/me")).EnumerateArray()
            .Concat((await thomas.GetAsync("/api/v1/enrollments/me")).EnumerateArray()).ToList();
        Assert.True(enrollments.Count >= 4);
        Assert.Contains(enrollments, e => e.GetProperty("status").GetString() == "completed" && e.GetProperty("certificate_number").GetString() is { Length: > 0 });
        Assert.Contains(enrollments, e => e.GetProperty("progress_percentage").GetDecimal() is > 0 and < 100);
        var reviewed = await graph.ScalarAsync<long>("SELECT count(*) FROM courses WHERE reviews_count > 0 AND instructor_id IN (@a, @l)", ("a", Amina), ("l", Lucas));
        Assert.True(reviewed >= 3);
    }
}
