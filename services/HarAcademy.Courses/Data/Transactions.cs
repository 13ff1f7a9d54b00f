using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Data;

public static class Transactions
{
    /// <summary>Locks one course's row until the transaction ends: structural changes of a course (reordering, totals) happen one at a time.</summary>
    public static async Task<bool> LockCourseAsync(this CoursesDbContext database, Guid courseId, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM courses WHERE id = {courseId} FOR UPDATE").ToListAsync(cancellationToken) is [_];

    /// <summary>Locks one enrollment's row: its progress is recounted by one request at a time, so none is lost.</summary>
    public static async Task LockEnrollmentAsync(this CoursesDbContext database, Guid enrollmentId, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM enrollments WHERE id = {enrollmentId} FOR UPDATE").ToListAsync(cancellationToken);
}
