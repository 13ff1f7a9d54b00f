using HarAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Reviews;

public static class RatingTotals
{
    /// <summary>A course's review count, rating sum and average, counted from its reviews (exact, whatever happened before).</summary>
    public static Task RecountAsync(CoursesDbContext database, Guid courseId, CancellationToken cancellationToken) =>
        database.Database.ExecuteSqlAsync($"""
            UPDATE courses c SET reviews_count = r.count, ratings_sum = r.sum,
                average_rating = CASE WHEN r.count = 0 THEN 0 ELSE round(r.sum::numeric / r.count, 2) END
            FROM (SELECT count(*)::int AS count, coalesce(sum(rating), 0)::int AS sum FROM reviews WHERE course_id = {courseId}) r
            WHERE c.id = {courseId}
            """, cancellationToken);
}
