using System.Security.Claims;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Learning;

/// <summary>A lesson the caller may open, with why: its course's editor, an enrolled learner, or anyone for a free preview.</summary>
public sealed record OpenLesson(Lesson Lesson, Course Course, Enrollment? Enrollment, bool IsEditor);

public static class LessonAccess
{
    /// <summary>Enrollments that open a course's lessons: active ones, and completed ones (learners keep what they finished).</summary>
    public static bool Opens(this Enrollment enrollment) =>
        enrollment.Status is EnrollmentStatuses.Active or EnrollmentStatuses.Completed;

    /// <summary>Whether <paramref name="learnerId"/> holds an enrollment that opens the course (<see cref="Opens"/>, in SQL).</summary>
    public static Task<bool> HasOpenEnrollmentAsync(CoursesDbContext database, Guid courseId, Guid learnerId, CancellationToken cancellationToken) =>
        database.Enrollments.AnyAsync(e => e.CourseId == courseId && e.LearnerId == learnerId &&
            (e.Status == EnrollmentStatuses.Active || e.Status == EnrollmentStatuses.Completed), cancellationToken);

    /// <summary>The lesson, or 404 (unknown, or in a course the caller cannot see) / 403 (not enrolled).</summary>
    public static async Task<(OpenLesson?, ProblemHttpResult?)> OpenAsync(
        CoursesDbContext database, Guid courseId, Guid lessonId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var lesson = await database.Lessons.AsNoTracking().FirstOrDefaultAsync(lesson => lesson.Id == lessonId && lesson.CourseId == courseId, cancellationToken);
        var course = lesson is null ? null : await database.Courses.AsNoTracking().FirstOrDefaultAsync(course => course.Id == courseId, cancellationToken);
        if (lesson is null || course is null)
        {
            return (null, Problems.NotFound("lesson"));
        }

        var caller = user.OptionalUserId();
        var enrollment = caller is { } learner
            ? await database.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.LearnerId == learner, cancellationToken)
            : null;
        var isEditor = user.CanEdit(course);
        var enrolled = enrollment?.Opens() == true;
        if (course.Status == CourseStatuses.Draft && !isEditor && !enrolled)
        {
            return (null, Problems.NotFound("lesson"));
        }

        if (!isEditor && !enrolled && !(lesson.IsPreview && course.Status == CourseStatuses.Published))
        {
            return (null, Problems.NotEnrolled());
        }

        return (new OpenLesson(lesson, course, enrolled ? enrollment : null, isEditor), null);
    }
}
