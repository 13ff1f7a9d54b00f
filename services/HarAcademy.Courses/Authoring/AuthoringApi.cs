using HarAcademy.ServiceDefaults.Data;
using System.Security.Claims;
using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Authoring;

/// <summary>
/// Instructors write their own courses (admins any): create as draft, edit, publish (only when complete), unpublish,
/// archive, delete a draft nobody took; modules with atomic reordering. Lessons: <see cref="LessonAuthoringApi"/>.
/// </summary>
public static class AuthoringApi
{
    public static IEndpointRouteBuilder MapAuthoringApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/v1/courses").WithTags("Authoring");
        courses.MapPost("/", Create);
        courses.MapPatch("/{id:guid}", Update);
        courses.MapDelete("/{id:guid}", Delete);
        courses.MapPost("/{id:guid}/publish", Publish);
        courses.MapPost("/{id:guid}/unpublish", (Guid id, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ChangeStatus(id, CourseStatuses.Draft, database, cache, clock, user, cancellationToken));
        courses.MapPost("/{id:guid}/archive", (Guid id, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            ChangeStatus(id, CourseStatuses.Archived, database, cache, clock, user, cancellationToken));
        courses.MapPost("/{id:guid}/modules", AddModule);
        courses.MapPatch("/{id:guid}/modules/{moduleId:guid}", UpdateModule);
        courses.MapDelete("/{id:guid}/modules/{moduleId:guid}", DeleteModule);
        return app;
    }

    public static async Task<Results<Created<CourseDetail>, ValidationProblem, ProblemHttpResult>> Create(
        CourseWrite request, CoursesDbContext database, People people, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInstructor())
        {
            return Problems.NotYours("Only instructors and admins create courses.");
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return Problems.Field("title", "A course needs a title.");
        }

        if (Check(request) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        var course = new Course { Title = request.Title.Trim(), InstructorId = user.UserId(), CreatedAt = now, UpdatedAt = now };
        Apply(course, request);
        course.InstructorName = await people.RememberCallerAsync(user, cancellationToken);
        database.Courses.Add(course);
        await database.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/courses/{course.Id}", CourseDetail.From(course));
    }

    public static async Task<Results<Ok<CourseDetail>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, CourseWrite request, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Check(request) is { } invalid)
        {
            return invalid;
        }

        var outcome = await database.InTransactionAsync<IResult?>(async token =>
        {
            if (await EditableAsync(database, id, user, token) is (null, var problem))
            {
                return problem;
            }

            var course = await database.Courses.Include(c => c.Modules).FirstAsync(c => c.Id == id, token);
            if (request.Title is { } title && string.IsNullOrWhiteSpace(title))
            {
                return Problems.Field("title", "A course needs a title.");
            }

            Apply(course, request);
            if (request.ModuleOrder is { } order)
            {
                if (!Reorder(course.Modules, order, module => module.Id, (module, position) => module.Position = position))
                {
                    return Problems.Field("module_order", "List every module of the course exactly once.");
                }
            }

            course.UpdatedAt = clock.GetUtcNow();
            await CourseChanges.SaveAndAnnounceAsync(database, id, token);
            return null;
        }, cancellationToken);
        if (outcome is not null)
        {
            return Failure(outcome);
        }

        return await ChangedAsync(id, database, cache, cancellationToken);
    }

    /// <summary>Only a course nobody enrolled in: one with learners is archived instead, so they keep it.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, CoursesDbContext database, CatalogCache cache, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await EditableAsync(database, id, user, cancellationToken) is (null, var problem))
        {
            return problem!;
        }

        if (await database.Enrollments.AnyAsync(enrollment => enrollment.CourseId == id, cancellationToken))
        {
            return Problems.Conflict("Learners are enrolled in this course: archive it instead, so they keep their access.");
        }

        await database.Courses.Where(course => course.Id == id).ExecuteDeleteAsync(cancellationToken);
        await cache.InvalidateAsync(id);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<CourseDetail>, ProblemHttpResult>> Publish(
        Guid id, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var outcome = await database.InTransactionAsync<ProblemHttpResult?>(async token =>
        {
            if (await EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return problem;
            }

            var course = await database.Courses.Include(c => c.Modules).ThenInclude(module => module.Lessons).FirstAsync(c => c.Id == id, token);
            if (PublishRules.Check(course, course.Modules) is { Count: > 0 } reasons)
            {
                return Problems.Unprocessable("Course not ready", "The course cannot be published yet.", reasons);
            }

            var now = clock.GetUtcNow();
            course.Status = CourseStatuses.Published;
            course.PublishedAt ??= now;
            course.UpdatedAt = now;
            database.AddEvent(new CoursePublished(course.Id, course.InstructorId, course.Title, course.Language));
            await CourseChanges.SaveAndAnnounceAsync(database, id, token);
            return null;
        }, cancellationToken);
        if (outcome is not null)
        {
            return outcome;
        }

        return await ChangedAsync(id, database, cache, cancellationToken);
    }

    private static async Task<Results<Ok<CourseDetail>, ProblemHttpResult>> ChangeStatus(
        Guid id, string status, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problem = await database.InTransactionAsync(async token =>
        {
            if (await EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return problem;
            }

            var course = await database.Courses.FirstAsync(c => c.Id == id, token);
            course.Status = status;
            course.UpdatedAt = clock.GetUtcNow();
            await database.SaveChangesAsync(token);
            // The tutor withdraws a course that is no longer public (the event carries the status).
            await CourseChanges.AnnounceContentAsync(database, id, token);
            await database.SaveChangesAsync(token);
            return null;
        }, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await ChangedAsync(id, database, cache, cancellationToken);
    }

    public static async Task<Results<Created<ModuleOutline>, ValidationProblem, ProblemHttpResult>> AddModule(
        Guid id, ModuleWrite request, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return Problems.Field("title", "A module needs a title.");
        }

        var outcome = await database.InTransactionAsync<(CourseModule?, ProblemHttpResult?)>(async token =>
        {
            if (await EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return (null, problem);
            }

            var modules = await database.Modules.Where(module => module.CourseId == id).OrderBy(module => module.Position).ToListAsync(token);
            var module = new CourseModule { CourseId = id, Title = request.Title.Trim(), Description = request.Description?.Trim() ?? "" };
            modules.Insert(Math.Min(request.Position ?? modules.Count, modules.Count), module);
            Renumber(modules, (m, position) => m.Position = position);
            database.Modules.Add(module);
            await TouchAsync(database, id, clock, token);
            await database.SaveChangesAsync(token);
            return (module, null);
        }, cancellationToken);
        if (outcome is (null, var failure))
        {
            return failure!;
        }

        await cache.InvalidateAsync(id);
        var created = outcome.Item1!;
        return TypedResults.Created($"/api/v1/courses/{id}/modules/{created.Id}", new ModuleOutline(created.Id, created.Title, created.Description, created.Position, []));
    }

    public static async Task<Results<Ok<CourseDetail>, ValidationProblem, ProblemHttpResult>> UpdateModule(
        Guid id, Guid moduleId, ModuleWrite request, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            return Problems.Field("title", "A module needs a title.");
        }

        var problem = await database.InTransactionAsync<IResult?>(async token =>
        {
            if (await EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return problem;
            }

            var modules = await database.Modules.Include(module => module.Lessons).Where(module => module.CourseId == id)
                .OrderBy(module => module.Position).ToListAsync(token);
            if (modules.FirstOrDefault(module => module.Id == moduleId) is not { } module)
            {
                return Problems.NotFound("module");
            }

            module.Title = request.Title?.Trim() ?? module.Title;
            module.Description = request.Description?.Trim() ?? module.Description;
            if (request.Position is { } position)
            {
                modules.Remove(module);
                modules.Insert(Math.Min(position, modules.Count), module);
                Renumber(modules, (m, index) => m.Position = index);
            }

            if (request.LessonOrder is { } order &&
                !Reorder(module.Lessons, order, lesson => lesson.Id, (lesson, index) => lesson.Position = index))
            {
                return Problems.Field("lesson_order", "List every lesson of the module exactly once.");
            }

            await TouchAsync(database, id, clock, token);
            await CourseChanges.SaveAndAnnounceAsync(database, id, token);
            return null;
        }, cancellationToken);
        if (problem is not null)
        {
            return Failure(problem);
        }

        return await ChangedAsync(id, database, cache, cancellationToken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteModule(
        Guid id, Guid moduleId, CoursesDbContext database, CatalogCache cache, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problem = await database.InTransactionAsync(async token =>
        {
            if (await EditableAsync(database, id, user, token, lockRow: true) is (null, var problem))
            {
                return problem;
            }

            var modules = await database.Modules.Where(module => module.CourseId == id).OrderBy(module => module.Position).ToListAsync(token);
            if (modules.FirstOrDefault(module => module.Id == moduleId) is not { } module)
            {
                return Problems.NotFound("module");
            }

            database.Modules.Remove(module);
            modules.Remove(module);
            Renumber(modules, (m, index) => m.Position = index);
            await TouchAsync(database, id, clock, token);
            await database.SaveChangesAsync(token);
            await CourseChanges.RecountAsync(database, id, token);
            await CourseChanges.AnnounceContentAsync(database, id, token);
            await database.SaveChangesAsync(token);
            return null;
        }, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await cache.InvalidateAsync(id);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// (course, null) when the caller may edit the course; (null, 404) when it does not exist (or is a draft the
    /// caller cannot see), (null, 403) when it is another instructor's. With <paramref name="lockRow"/>, holds the
    /// course's row lock for the rest of the transaction.
    /// </summary>
    internal static async Task<(Course?, ProblemHttpResult?)> EditableAsync(
        CoursesDbContext database, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken, bool lockRow = false)
    {
        if (lockRow && !await database.LockCourseAsync(id, cancellationToken))
        {
            return (null, Problems.NotFound("course"));
        }

        var course = await database.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is null || course.Status != CourseStatuses.Published && !user.CanEdit(course))
        {
            return (null, Problems.NotFound("course"));
        }

        return user.CanEdit(course) ? (course, null) : (null, Problems.NotYours());
    }

    internal static async Task TouchAsync(CoursesDbContext database, Guid courseId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await database.Courses.Where(course => course.Id == courseId).ExecuteUpdateAsync(set => set.SetProperty(course => course.UpdatedAt, now), cancellationToken);
    }

    /// <summary>After a committed change: the cache dropped, the course page as it now is.</summary>
    private static async Task<Ok<CourseDetail>> ChangedAsync(Guid id, CoursesDbContext database, CatalogCache cache, CancellationToken cancellationToken)
    {
        await cache.InvalidateAsync(id);
        return TypedResults.Ok((await CatalogApi.LoadDetailAsync(database, id, cancellationToken))!);
    }

    /// <summary>A failure a transaction returned as <see cref="IResult"/>, as the endpoint's typed result.</summary>
    internal static Results<Ok<CourseDetail>, ValidationProblem, ProblemHttpResult> Failure(IResult result) => result switch
    {
        ValidationProblem validation => validation,
        ProblemHttpResult problem => problem,
        _ => throw new InvalidOperationException($"Unexpected result {result.GetType().Name}."),
    };

    internal static void Renumber<T>(IList<T> items, Action<T, int> setPosition)
    {
        for (var index = 0; index < items.Count; index++)
        {
            setPosition(items[index], index);
        }
    }

    /// <summary>Applies <paramref name="order"/> when it is a permutation of the items' ids; false (nothing changed) otherwise.</summary>
    internal static bool Reorder<T>(IList<T> items, Guid[] order, Func<T, Guid> idOf, Action<T, int> setPosition)
    {
        if (order.Length != items.Count || order.Distinct().Count() != order.Length || !order.All(id => items.Any(item => idOf(item) == id)))
        {
            return false;
        }

        for (var index = 0; index < order.Length; index++)
        {
            setPosition(items.First(item => idOf(item) == order[index]), index);
        }

        return true;
    }

    private static ValidationProblem? Check(CourseWrite request)
    {
        var problem = InputChecks.FirstOf(
            InputChecks.Tags("stack", request.Stack),
            InputChecks.Texts("keywords", request.Keywords, 50),
            InputChecks.Texts("learning_outcomes", request.LearningOutcomes, 300),
            InputChecks.Texts("prerequisites", request.Prerequisites, 300),
            InputChecks.Url("thumbnail_url", request.ThumbnailUrl));
        if (problem is var (field, message))
        {
            return Problems.Field(field, message);
        }

        if (request.Price is { } price && (price.PricingModel == PricingModels.Free) != (price.Amount == 0))
        {
            return Problems.Field("price", "A free course costs 0; a paid one (one_time, subscription) costs more than 0.");
        }

        return null;
    }

    private static void Apply(Course course, CourseWrite request)
    {
        course.Title = request.Title?.Trim() ?? course.Title;
        course.Subtitle = request.Subtitle?.Trim() ?? course.Subtitle;
        course.Description = request.Description?.Trim() ?? course.Description;
        course.Language = request.Language ?? course.Language;
        course.Domain = request.Domain ?? course.Domain;
        course.Stack = request.Stack?.Distinct().ToArray() ?? course.Stack;
        course.Category = request.Category ?? course.Category;
        course.Level = request.Level ?? course.Level;
        course.Keywords = request.Keywords?.Select(keyword => keyword.Trim()).Distinct().ToArray() ?? course.Keywords;
        course.LearningOutcomes = request.LearningOutcomes?.Select(outcome => outcome.Trim()).ToArray() ?? course.LearningOutcomes;
        course.Prerequisites = request.Prerequisites?.Select(prerequisite => prerequisite.Trim()).ToArray() ?? course.Prerequisites;
        course.ThumbnailUrl = request.ThumbnailUrl ?? course.ThumbnailUrl;
        if (request.Price is { } price)
        {
            course.Price = new Price { Amount = price.Amount, Currency = price.Currency, PricingModel = price.PricingModel };
        }
    }
}
