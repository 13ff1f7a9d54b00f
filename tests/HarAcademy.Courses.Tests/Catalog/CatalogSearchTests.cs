using System.Net;
using System.Text.Json;
using HarAcademy.Courses.Tests.Infrastructure;

namespace HarAcademy.Courses.Tests.Catalog;

/// <summary>
/// Full-text search (French and English stemming, accents folded), filters, sorts, paging and facets, over courses
/// this test publishes. Each test tags its courses with a word of its own and searches with it, so the suite's other
/// courses never change the counts.
/// </summary>
public sealed class CatalogSearchTests(CoursesGraph graph)
{
    private static string Tag() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private async Task<Guid> CourseAsync(User instructor, string tag, string title, string language, string domain, string description,
        string[]? stack = null, decimal price = 0, string[]? keywords = null, bool publish = true)
    {
        var (id, _) = await CourseBuilder.PublishedAsync(instructor, lessons: 1, publish: publish, fields: new
        {
            title,
            description = description + " " + CourseBuilder.Description,
            language,
            domain,
            stack = stack ?? [],
            keywords = (keywords ?? []).Append(tag).ToArray(),
            price = price == 0 ? new { amount = 0m, currency = "EUR", pricing_model = "free" } : new { amount = price, currency = "EUR", pricing_model = "one_time" },
        });
        return id;
    }

    private async Task<JsonElement> SearchAsync(string query) => await graph.Anonymous().GetAsync($"/api/v1/courses?{query}");

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    [Fact]
    public async Task French_words_are_found_without_accents_and_in_other_forms()
    {
        var instructor = await graph.InstructorAsync();
        var tag = Tag();
        var tableaux = await CourseAsync(instructor, tag, "Maîtriser les tableaux croisés dynamiques", "fr", "Excel", "Analysez vos données de ventes en quelques clics.");
        var python = await CourseAsync(instructor, tag, "Automatiser Excel avec Python", "fr", "Python", "Des scripts qui préparent les fichiers à votre place.");

        // "donnees" without accent, and the singular "tableau" for the plural in the title.
        Assert.Equal([tableaux], Ids(await SearchAsync($"q={tag}+donnees")));
        Assert.Equal([tableaux], Ids(await SearchAsync($"q={tag}+tableau")));
        Assert.Equal([tableaux], Ids(await SearchAsync($"q={tag}+DONNÉES")));
        // The singular finds the plural ("fichiers"), and a verb its other forms ("automatisez" / "Automatiser").
        Assert.Equal([python], Ids(await SearchAsync($"q={tag}+fichier")));
        Assert.Equal([python], Ids(await SearchAsync($"q={tag}+automatisez")));
        Assert.Empty(Ids(await SearchAsync($"q={tag}+regression")));
    }

    [Fact]
    public async Task English_words_are_stemmed_and_the_title_ranks_first()
    {
        var instructor = await graph.InstructorAsync();
        var tag = Tag();
        var inTitle = await CourseAsync(instructor, tag, "Regression analysis in R", "en", "R", "Fit linear models and read their output.");
        var inDescription = await CourseAsync(instructor, tag, "Statistics for managers", "en", "Other", "Includes a chapter on regressions.");

        var page = await SearchAsync($"q={tag}+regressions&sort=relevance");
        Assert.Equal([inTitle, inDescription], Ids(page));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filters_combine_and_facets_count_the_other_choices()
    {
        var instructor = await graph.InstructorAsync();
        var tag = Tag();
        var pandas = await CourseAsync(instructor, tag, "Pandas for analysts", "en", "Python", "Data frames.", stack: ["pandas"], price: 40);
        var numpy = await CourseAsync(instructor, tag, "NumPy essentials", "en", "Python", "Arrays.", stack: ["numpy"]);
        var excel = await CourseAsync(instructor, tag, "Excel pour débuter", "fr", "Excel", "Les formules.", price: 20);
        await CourseAsync(instructor, tag, "A draft nobody sees", "en", "Python", "Not published.", publish: false);

        var python = await SearchAsync($"q={tag}&domain=python&sort=price");
        Assert.Equal([numpy, pandas], Ids(python));
        // The domain facet ignores the domain filter: Excel stays visible with its count.
        var domains = python.GetProperty("facets").GetProperty("domain").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Python"] = 2, ["Excel"] = 1 }, domains);
        var prices = python.GetProperty("facets").GetProperty("price").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["free"] = 1, ["paid"] = 1 }, prices);

        Assert.Equal([pandas], Ids(await SearchAsync($"q={tag}&domain=Python&price=paid")));
        Assert.Equal([pandas], Ids(await SearchAsync($"q={tag}&stack=pandas")));
        Assert.Equal([excel], Ids(await SearchAsync($"q={tag}&language=fr")));
        Assert.Equal([excel, pandas], Ids(await SearchAsync($"q={tag}&min_price=10&max_price=50&sort=price")));
        Assert.Equal([pandas, excel, numpy], Ids(await SearchAsync($"q={tag}&sort=price_desc")));
    }

    [Fact]
    public async Task Pages_keep_the_total_and_do_not_overlap()
    {
        var instructor = await graph.InstructorAsync();
        var tag = Tag();
        for (var index = 0; index < 5; index++)
        {
            await CourseAsync(instructor, tag, $"Course number {index}", "en", "Other", "Paging.", price: 10 + index);
        }

        var first = await SearchAsync($"q={tag}&sort=price&page=1&page_size=2");
        var third = await SearchAsync($"q={tag}&sort=price&page=3&page_size=2");
        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, Ids(first).Length);
        Assert.Single(Ids(third));
        Assert.Empty(Ids(first).Intersect(Ids(third)));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page_size=500")]
    [InlineData("domain=cobol")]
    [InlineData("sort=cheapest")]
    [InlineData("min_rating=9")]
    [InlineData("min_price=50&max_price=10")]
    [InlineData("price=gratis")]
    [InlineData("page=abc")]
    public async Task Bad_queries_are_refused_with_a_problem(string query)
    {
        using var response = await graph.Anonymous().SendAsync(HttpMethod.Get, $"/api/v1/courses?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_change_shows_at_once_despite_the_cache()
    {
        var instructor = await graph.InstructorAsync();
        var tag = Tag();
        var id = await CourseAsync(instructor, tag, "Before the change", "en", "Other", "Caching.");
        Assert.Equal("Before the change", (await SearchAsync($"q={tag}")).GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("Before the change", (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("title").GetString());

        await instructor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/api/v1/courses/{id}", new { title = "After the change" });

        Assert.Equal("After the change", (await SearchAsync($"q={tag}")).GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("After the change", (await graph.Anonymous().GetAsync($"/api/v1/courses/{id}")).GetProperty("title").GetString());
        await instructor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/courses/{id}/unpublish");
        Assert.Empty(Ids(await SearchAsync($"q={tag}")));
        await graph.Anonymous().ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/courses/{id}");
    }
}
