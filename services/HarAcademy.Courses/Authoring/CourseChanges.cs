using HarAcademy.Contracts.Courses;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Authoring;

/// <summary>What every change of a course's content does besides the change itself.</summary>
public static class CourseChanges
{
    /// <summary>
    /// Recounts lessons and duration, and every enrollment's progress against the new total (a lesson added or removed
    /// changes everyone's percentage; a course already completed stays completed). Within the caller's transaction.
    /// </summary>
    public static async Task RecountAsync(CoursesDbContext database, Guid courseId, CancellationToken cancellationToken)
    {
        await database.Database.ExecuteSqlAsync($"""
            UPDATE courses SET
                total_lessons = (SELECT count(*) FROM lessons WHERE course_id = {courseId}),
                total_duration_seconds = (SELECT coalesce(sum(duration_seconds), 0) FROM lessons WHERE course_id = {courseId})
            WHERE id = {courseId}
            """, cancellationToken);
        await database.Database.ExecuteSqlAsync($"""
            UPDATE enrollments e SET
                completed_lessons = counted.completed,
                progress_percentage = CASE WHEN counted.total_lessons = 0 THEN 0
                    ELSE least(100, round(100.0 * counted.completed / counted.total_lessons, 2)) END
            FROM (
                SELECT mine.id, c.total_lessons,
                    (SELECT count(*) FROM lesson_progress p WHERE p.enrollment_id = mine.id AND p.completed_at IS NOT NULL)::int AS completed
                FROM enrollments mine JOIN courses c ON c.id = mine.course_id
                WHERE mine.course_id = {courseId}) counted
            WHERE e.id = counted.id
            """, cancellationToken);
    }

    /// <summary>Saves a change of the course, then its <see cref="CourseUpdated"/> (which reads the saved content).</summary>
    public static async Task SaveAndAnnounceAsync(CoursesDbContext database, Guid courseId, CancellationToken cancellationToken)
    {
        await database.SaveChangesAsync(cancellationToken);
        await AnnounceContentAsync(database, courseId, cancellationToken);
        await database.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds <see cref="CourseUpdated"/> (the content the AI tutor indexes) when the course is or was public.</summary>
    public static async Task AnnounceContentAsync(CoursesDbContext database, Guid courseId, CancellationToken cancellationToken)
    {
        var course = await database.Courses.AsNoTracking().FirstAsync(course => course.Id == courseId, cancellationToken);
        if (course.PublishedAt is null)
        {
            return; // never public: nothing to index or to withdraw
        }

        var modules = await database.Modules.AsNoTracking().Where(module => module.CourseId == courseId)
            .Include(module => module.Lessons).OrderBy(module => module.Position).ToListAsync(cancellationToken);
        database.AddEvent(new CourseUpdated(course.Id, course.Title, course.Description, course.Language, course.Domain, course.Status,
            course.Keywords, [.. modules.SelectMany(module => module.Lessons.OrderBy(lesson => lesson.Position)
                .Select(lesson => new CourseLessonText(lesson.Id, module.Title, lesson.Title, lesson.Type, TextOf(lesson))))]));
    }

    private static string TextOf(Lesson lesson) => lesson.Type switch
    {
        LessonTypes.Video => lesson.Video?.Transcript ?? "",
        LessonTypes.Text => lesson.Markdown ?? "",
        LessonTypes.Exercise => lesson.Exercise?.Instructions ?? "",
        // Prompts and explanations: an explanation is often the clearest statement of the point a question checks.
        LessonTypes.Quiz => string.Join("\n", lesson.Quiz?.Questions.SelectMany(question => new[] { question.Prompt, question.Explanation })
            .Where(text => !string.IsNullOrWhiteSpace(text)) ?? []),
        _ => "",
    };
}
