"""`GET /api/v1/ai/analytics/me` and `/analytics/courses/{id}` (for its instructor): the records, then the rules."""

from __future__ import annotations

import statistics
import uuid

from psycopg_pool import AsyncConnectionPool

from app.analytics import analysis
from app.analytics.learning_records import load
from app.clients.courses import CoursesClient
from app.core.problems import Problem
from app.core.security import CurrentUser


class LearnerAnalytics:
    def __init__(self, pool: AsyncConnectionPool, courses: CoursesClient) -> None:
        self._pool = pool
        self._courses = courses

    async def for_learner(self, user: CurrentUser) -> dict:
        at = analysis.now()
        async with self._pool.connection() as connection:
            course_ids = [row["course_id"] for row in await (await connection.execute(
                "SELECT e.course_id FROM enrollments e JOIN courses c ON c.id = e.course_id WHERE e.learner_id = %s AND e.ended_at IS NULL "
                "ORDER BY e.enrolled_at DESC",
                (user.id,))).fetchall()]
            records = await load(connection, course_ids, user.id)
        mine = [(course, course.learners[user.id]) for course in records if user.id in course.learners]
        courses = [analysis.learner_course(record, course, at) for course, record in mine]
        scores = [c["average_quiz_score"] for c in courses if c["average_quiz_score"] is not None]
        moments = {when.date() for _, record in mine for when in record.completions.values()}
        moments |= {when.date() for _, record in mine for tries in record.attempts.values() for _, _, when in tries}
        return {
            "mode": "local",
            "summary": {
                "courses": len(courses), "completed_courses": len([c for c in courses if c["completed_at"]]),
                "lessons_completed": sum(c["completed_lessons"] for c in courses),
                "average_quiz_score": round(statistics.fmean(scores), 1) if scores else None,
                "active_days_last_30": len([day for day in moments if (at.date() - day).days < 30]),
                "lessons_per_week": round(sum(c["lessons_per_week"] for c in courses), 2),
            },
            "weekly_activity": analysis.weekly_activity([record for _, record in mine], at),
            "courses": courses,
        }

    async def for_course(self, user: CurrentUser, course_id: uuid.UUID) -> dict:
        course, teaches = await self._courses.taught_course(course_id, user)
        if course is None:
            raise Problem(404, "No such course.", "Not Found")
        if not teaches:
            raise Problem(403, "Only the course's instructor sees its learners' analysis.", "Forbidden")
        async with self._pool.connection() as connection:
            [records] = await load(connection, [course_id])
            names = {row["id"]: row["name"] for row in await (await connection.execute(
                "SELECT id, name FROM people WHERE id = ANY(%s)", (list(records.learners),))).fetchall()}
        records.title = records.title or course.get("title", "")
        return {"mode": "local", **analysis.course_overview(records, names, analysis.now())}
