using HarAcademy.ServiceDefaults.Data;
using System.Text.Json;
using HarAcademy.Contracts.Users;
using HarAcademy.Courses.Authoring;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Media;
using HarAcademy.Courses.Model;
using HarAcademy.Courses.Reviews;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Seeding;

/// <summary>
/// Development only (<c>Seed:Catalog</c>, set by the AppHost in run mode): the hand-written catalog of Seeding/Catalog
/// — courses of the demo instructors (fixed ids shared with auth), with a generated video clip per course — then the
/// demo learners' enrollments, progress (through the same recorder as the API: certificates included) and reviews.
/// Idempotent: a course whose title its instructor already has is left as it is.
/// </summary>
public sealed class DevelopmentSeeder(
    CoursesDbContext database, EnrollmentGrants grants, ProgressRecorder progress, IMediaStore media, DemoVideoClips clips,
    TimeProvider clock, ILogger<DevelopmentSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var account in DemoAccounts.All)
        {
            if (await database.People.FindAsync([account.Id], cancellationToken) is null)
            {
                database.People.Add(new Person { Id = account.Id, DisplayName = $"{account.FirstName} {account.LastName}", Role = account.Role, UpdatedAt = now });
            }
        }

        await database.SaveChangesAsync(cancellationToken);
        var courses = SeedFiles.Courses().ToList();
        var created = new Dictionary<string, Guid>();
        var variant = 0;
        foreach (var seed in courses)
        {
            var instructor = DemoAccounts.ByEmail(seed.Instructor) ?? throw new InvalidDataException($"{seed.Slug}: unknown instructor {seed.Instructor}.");
            var existing = await database.Courses.Where(c => c.InstructorId == instructor.Id && c.Title == seed.Title).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            created[seed.Slug] = existing ?? await CreateAsync(seed, instructor, variant, now, cancellationToken);
            variant++;
        }

        var activity = SeedFiles.Activity();
        foreach (var enrollment in activity.Enrollments)
        {
            await EnrollAsync(enrollment, created, cancellationToken);
        }

        foreach (var review in activity.Reviews)
        {
            await ReviewAsync(review, created, now, cancellationToken);
        }

        logger.LogInformation("Development catalog: {Courses} courses, {Enrollments} enrollments, {Reviews} reviews",
            created.Count, activity.Enrollments.Length, activity.Reviews.Length);
    }

    private async Task<Guid> CreateAsync(SeedCourse seed, DemoAccounts.Account instructor, int variant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var course = new Course
        {
            Title = seed.Title, Subtitle = seed.Subtitle, Description = seed.Description, Language = seed.Language, Domain = seed.Domain,
            Stack = seed.Stack, Category = seed.Category, Level = seed.Level, Keywords = seed.Keywords, LearningOutcomes = seed.LearningOutcomes,
            Prerequisites = seed.Prerequisites, InstructorId = instructor.Id, InstructorName = $"{instructor.FirstName} {instructor.LastName}",
            Price = new Price { Amount = seed.Price.Amount, Currency = seed.Price.Currency, PricingModel = seed.Price.PricingModel },
            Status = seed.Published ? CourseStatuses.Published : CourseStatuses.Draft,
            // Spread over the last weeks, so "newest" has an order.
            CreatedAt = now.AddDays(-3 * variant - 10), UpdatedAt = now.AddDays(-3 * variant - 10),
            PublishedAt = seed.Published ? now.AddDays(-3 * variant - 7) : null,
        };
        database.Courses.Add(course);
        var clip = await ClipAsync(course, variant, now, cancellationToken);
        for (var m = 0; m < seed.Modules.Length; m++)
        {
            var module = new CourseModule { CourseId = course.Id, Title = seed.Modules[m].Title, Description = seed.Modules[m].Description, Position = m };
            course.Modules.Add(module);
            for (var l = 0; l < seed.Modules[m].Lessons.Length; l++)
            {
                var lesson = Lesson(seed.Modules[m].Lessons[l], course.Id, module.Id, l, clip, now);
                module.Lessons.Add(lesson);
            }
        }

        await database.SaveChangesAsync(cancellationToken);
        await CourseChanges.RecountAsync(database, course.Id, cancellationToken);
        if (seed.Published)
        {
            await CourseChanges.AnnounceContentAsync(database, course.Id, cancellationToken);
            await database.SaveChangesAsync(cancellationToken);
        }

        database.ChangeTracker.Clear();
        return course.Id;
    }

    private async Task<string?> ClipAsync(Course course, int variant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await clips.MakeAsync(variant, cancellationToken) is not { } path)
        {
            return null;
        }

        try
        {
            var asset = new MediaAsset
            {
                CourseId = course.Id, Kind = "video", ContentType = "video/mp4", FileName = "demo.mp4",
                SizeBytes = new FileInfo(path).Length, UploadedBy = course.InstructorId, CreatedAt = now, StorageKey = "",
            };
            asset.StorageKey = $"{course.Id:N}/{asset.Id:N}";
            await using (var file = File.OpenRead(path))
            {
                await media.SaveAsync(asset.StorageKey, file, cancellationToken);
            }

            database.MediaAssets.Add(asset);
            return $"media:{asset.Id}";
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Lesson Lesson(SeedLesson seed, Guid courseId, Guid moduleId, int position, string? clip, DateTimeOffset now)
    {
        var lesson = new Lesson
        {
            CourseId = courseId, ModuleId = moduleId, Title = seed.Title, Type = seed.Type, Position = position,
            DurationSeconds = seed.DurationMinutes * 60, IsPreview = seed.IsPreview, CreatedAt = now, UpdatedAt = now,
            Resources = [.. (seed.Resources ?? []).Select(resource => new LessonResource { Name = resource.Name, Url = resource.Url, Type = resource.Type })],
        };
        switch (seed.Type)
        {
            case LessonTypes.Video:
                lesson.Video = new VideoContent { Url = clip ?? "", DurationSeconds = clip is null ? seed.DurationMinutes * 60 : DemoVideoClips.Seconds, Transcript = seed.Video?.Transcript ?? "" };
                break;
            case LessonTypes.Text:
                lesson.Markdown = seed.Markdown ?? "";
                break;
            case LessonTypes.Quiz:
                lesson.Quiz = new QuizContent
                {
                    PassingScore = seed.Quiz!.PassingScore,
                    MaxAttempts = seed.Quiz.MaxAttempts,
                    Questions = [.. seed.Quiz.Questions.Select(Question)],
                };
                break;
            case LessonTypes.Exercise:
                lesson.Exercise = new ExerciseContent { Instructions = seed.Exercise!.Instructions, Checklist = [.. seed.Exercise.Checklist ?? []], ExpectedOutput = seed.Exercise.ExpectedOutput };
                break;
        }

        return lesson;
    }

    private static QuizQuestion Question(SeedQuestion seed) => new()
    {
        Type = seed.Type,
        Prompt = seed.Prompt,
        Options = [.. seed.Options ?? []],
        CorrectOptions = seed.Correct is { ValueKind: JsonValueKind.Array } options ? [.. options.EnumerateArray().Select(option => option.GetInt32())] : [],
        CorrectBoolean = seed.Correct is { ValueKind: JsonValueKind.True or JsonValueKind.False } boolean ? boolean.GetBoolean() : null,
        AcceptedAnswers = [.. seed.AcceptedAnswers ?? []],
        Explanation = seed.Explanation ?? "",
    };

    private async Task EnrollAsync(SeedEnrollment seed, Dictionary<string, Guid> courses, CancellationToken cancellationToken)
    {
        if (DemoAccounts.ByEmail(seed.Learner) is not { } learner || !courses.TryGetValue(seed.Course, out var courseId))
        {
            return;
        }

        if (await database.Enrollments.AnyAsync(e => e.CourseId == courseId && e.LearnerId == learner.Id, cancellationToken))
        {
            return; // seeded on an earlier run
        }

        var (enrollment, _) = await database.InTransactionAsync(token => grants.GrantAsync(courseId, learner.Id, EnrollmentSources.Free, null, token), cancellationToken);
        var lessons = await database.Lessons.AsNoTracking().Where(l => l.CourseId == courseId)
            .Join(database.Modules, l => l.ModuleId, m => m.Id, (l, m) => new { Lesson = l, ModulePosition = m.Position })
            .OrderBy(pair => pair.ModulePosition).ThenBy(pair => pair.Lesson.Position).Select(pair => pair.Lesson)
            .Take(seed.CompletedLessons).ToListAsync(cancellationToken);
        foreach (var lesson in lessons)
        {
            await progress.RecordAsync(enrollment.Id, lesson, new ProgressChange(true, lesson.DurationSeconds, null, lesson.Type == LessonTypes.Quiz ? 100 : null), cancellationToken);
        }
    }

    private async Task ReviewAsync(SeedReview seed, Dictionary<string, Guid> courses, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DemoAccounts.ByEmail(seed.Learner) is not { } learner || !courses.TryGetValue(seed.Course, out var courseId) ||
            await database.Reviews.AnyAsync(r => r.CourseId == courseId && r.LearnerId == learner.Id, cancellationToken))
        {
            return;
        }

        database.Reviews.Add(new Review
        {
            CourseId = courseId, LearnerId = learner.Id, LearnerName = $"{learner.FirstName} {learner.LastName}", Rating = seed.Rating,
            Text = seed.Text, CreatedAt = now, UpdatedAt = now,
        });
        await database.SaveChangesAsync(cancellationToken);
        await RatingTotals.RecountAsync(database, courseId, cancellationToken);
    }
}
