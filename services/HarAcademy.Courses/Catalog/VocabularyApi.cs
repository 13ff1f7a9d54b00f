using HarAcademy.Courses.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarAcademy.Courses.Catalog;

public sealed record Vocabulary(
    IReadOnlyList<string> Domains, IReadOnlyList<string> Levels, IReadOnlyList<string> Languages, IReadOnlyList<string> PricingModels,
    IReadOnlyList<string> LessonTypes, IReadOnlyList<string> QuestionTypes, IReadOnlyList<string> Sorts);

/// <summary>The closed sets the catalog's filters and the authoring forms offer: one fixed document, cacheable by anyone.</summary>
public static class VocabularyApi
{
    private static readonly Vocabulary Values = new(
        Model.Domains.All, Model.Levels.All, ["fr", "en"], Model.PricingModels.All, Model.LessonTypes.All, Model.QuestionTypes.All,
        ["relevance", "newest", "popular", "rating", "price", "price_desc"]);

    public static IEndpointRouteBuilder MapVocabularyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/courses/vocabulary", Get).WithTags("Catalog").AllowAnonymous();
        return app;
    }

    public static Ok<Vocabulary> Get(HttpResponse response)
    {
        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(Values);
    }
}
