using HarAcademy.ServiceDefaults.Data;
using System.Security.Claims;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Media;
using HarAcademy.Courses.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Authoring;

/// <summary>Lessons of a course's modules: add, edit (content, order, module), delete; totals and progress recounted in the same transaction.</summary>
public static class LessonAuthoringApi
{
    public static IEndpointRouteBuilder MapLessonAuthoringApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/v1/courses").WithTags("Authoring");
        courses.MapPost("/{id:guid}/modules/{moduleId:guid}/lessons", Add);
        courses.MapPatch("/{id:guid}/lessons/{lessonId:guid}", Update);
        courses.MapDelete("/{id:guid}/lessons/{lessonId:guid}", Delete);
        return app;
    }

    public static async Task<Results<Created<LessonView>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, Guid moduleId, LessonWrite request, CoursesDbContext database, CatalogCache cache, MediaUrls mediaUrls,
        TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Title) || request.Type is null)
        {
            return Problems.Field(request.Type is null ? "type" : "title", "A lesson needs a title and a type (video, text, quiz or exercise).");
        }

        var outcome = await database.InTransactionAsync<(Lesson?, IResult?)>(async token =>
        {
            if (await AuthoringApi.EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return (null, problem);
            }

            if (!await database.Modules.AnyAsync(module => module.Id == moduleId && module.CourseId == id, token))
            {
                return (null, Problems.NotFound("module"));
            }

            var now = clock.GetUtcNow();
            var lesson = new Lesson { CourseId = id, ModuleId = moduleId, Title = request.Title.Trim(), Type = request.Type, CreatedAt = now, UpdatedAt = now };
            if (LessonContentWriter.Apply(lesson, request) is { } invalid)
            {
                return (null, invalid);
            }

            var siblings = await database.Lessons.Where(other => other.ModuleId == moduleId).OrderBy(other => other.Position).ToListAsync(token);
            siblings.Insert(Math.Min(request.Position ?? siblings.Count, siblings.Count), lesson);
            AuthoringApi.Renumber(siblings, (item, position) => item.Position = position);
            database.Lessons.Add(lesson);
            await database.SaveChangesAsync(token);
            await AfterLessonChangeAsync(database, id, clock, token);
            return (lesson, null);
        }, cancellationToken);
        if (outcome is (null, var failure))
        {
            return failure is ValidationProblem validation ? validation : (ProblemHttpResult)failure!;
        }

        await cache.InvalidateAsync(id);
        return TypedResults.Created($"/api/v1/courses/{id}/lessons/{outcome.Item1!.Id}", LessonView.ForEditor(outcome.Item1, mediaUrls));
    }

    public static async Task<Results<Ok<LessonView>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, Guid lessonId, LessonWrite request, CoursesDbContext database, CatalogCache cache, MediaUrls mediaUrls,
        TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            return Problems.Field("title", "A lesson needs a title.");
        }

        var outcome = await database.InTransactionAsync<(Lesson?, IResult?)>(async token =>
        {
            if (await AuthoringApi.EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return (null, problem);
            }

            var lesson = await database.Lessons.FirstOrDefaultAsync(lesson => lesson.Id == lessonId && lesson.CourseId == id, token);
            if (lesson is null)
            {
                return (null, Problems.NotFound("lesson"));
            }

            if (request.Type is { } type && type != lesson.Type)
            {
                return (null, Problems.Field("type", "A lesson's type cannot change: add a new lesson instead."));
            }

            if (LessonContentWriter.Apply(lesson, request) is { } invalid)
            {
                return (null, invalid);
            }

            var targetModule = request.ModuleId ?? lesson.ModuleId;
            if (targetModule != lesson.ModuleId || request.Position is not null)
            {
                if (!await database.Modules.AnyAsync(module => module.Id == targetModule && module.CourseId == id, token))
                {
                    return (null, Problems.Field("module_id", "No module of this course has this id."));
                }

                var origin = await database.Lessons.Where(other => other.ModuleId == lesson.ModuleId && other.Id != lesson.Id).OrderBy(other => other.Position).ToListAsync(token);
                var target = targetModule == lesson.ModuleId
                    ? origin
                    : await database.Lessons.Where(other => other.ModuleId == targetModule).OrderBy(other => other.Position).ToListAsync(token);
                target.Insert(Math.Min(request.Position ?? target.Count, target.Count), lesson);
                lesson.ModuleId = targetModule;
                AuthoringApi.Renumber(origin, (item, position) => item.Position = position);
                AuthoringApi.Renumber(target, (item, position) => item.Position = position);
            }

            lesson.UpdatedAt = clock.GetUtcNow();
            await database.SaveChangesAsync(token);
            await AfterLessonChangeAsync(database, id, clock, token);
            return (lesson, null);
        }, cancellationToken);
        if (outcome is (null, var failure))
        {
            return failure is ValidationProblem validation ? validation : (ProblemHttpResult)failure!;
        }

        await cache.InvalidateAsync(id);
        return TypedResults.Ok(LessonView.ForEditor(outcome.Item1!, mediaUrls));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, Guid lessonId, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problem = await database.InTransactionAsync(async token =>
        {
            if (await AuthoringApi.EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return problem;
            }

            var lesson = await database.Lessons.FirstOrDefaultAsync(lesson => lesson.Id == lessonId && lesson.CourseId == id, token);
            if (lesson is null)
            {
                return Problems.NotFound("lesson");
            }

            var siblings = await database.Lessons.Where(other => other.ModuleId == lesson.ModuleId && other.Id != lesson.Id).OrderBy(other => other.Position).ToListAsync(token);
            AuthoringApi.Renumber(siblings, (item, position) => item.Position = position);
            database.Lessons.Remove(lesson);
            await database.SaveChangesAsync(token);
            await AfterLessonChangeAsync(database, id, clock, token);
            return null;
        }, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await cache.InvalidateAsync(id);
        return TypedResults.NoContent();
    }

    private static async Task AfterLessonChangeAsync(CoursesDbContext database, Guid courseId, TimeProvider clock, CancellationToken cancellationToken)
    {
        await AuthoringApi.TouchAsync(database, courseId, clock, cancellationToken);
        await CourseChanges.RecountAsync(database, courseId, cancellationToken);
        await CourseChanges.AnnounceContentAsync(database, courseId, cancellationToken);
        await database.SaveChangesAsync(cancellationToken);
    }
}
