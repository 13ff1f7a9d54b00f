using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction through the context's execution strategy (Aspire turns on
    /// retries, which replay the whole unit): the change tracker is cleared first, so a replay starts from what the
    /// database holds.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this CoursesDbContext database, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        database.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            database.ChangeTracker.Clear();
            // A savepoint around each SaveChanges costs two round trips and buys nothing: a failure ends the whole unit.
            database.Database.AutoSavepointsEnabled = false;
            await using var transaction = await database.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);

    /// <summary>Locks one course's row until the transaction ends: structural changes of a course (reordering, totals) happen one at a time.</summary>
    public static async Task<bool> LockCourseAsync(this CoursesDbContext database, Guid courseId, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM courses WHERE id = {courseId} FOR UPDATE").ToListAsync(cancellationToken) is [_];

    /// <summary>Locks one enrollment's row: its progress is recounted by one request at a time, so none is lost.</summary>
    public static async Task LockEnrollmentAsync(this CoursesDbContext database, Guid enrollmentId, CancellationToken cancellationToken) =>
        await database.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM enrollments WHERE id = {enrollmentId} FOR UPDATE").ToListAsync(cancellationToken);
}
