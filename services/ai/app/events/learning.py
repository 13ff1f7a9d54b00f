"""What the AI service keeps of learners' activity (recommendations and performance analysis read it), from the
courses service's events. Each handler writes in the consumer's transaction, beside the inbox row."""

from __future__ import annotations

from typing import Any

from psycopg import AsyncConnection


async def on_course_enrolled(event: dict[str, Any], connection: AsyncConnection) -> None:
    await connection.execute(
        """INSERT INTO enrollments (learner_id, course_id, source, enrolled_at) VALUES (%s, %s, %s, %s)
           ON CONFLICT (learner_id, course_id) DO UPDATE SET source = excluded.source""",
        (event["learner_id"], event["course_id"], event.get("source") or "free", event["occurred_at"]))


async def on_lesson_completed(event: dict[str, Any], connection: AsyncConnection) -> None:
    await connection.execute(
        """INSERT INTO lesson_completions (learner_id, course_id, lesson_id, completed_at) VALUES (%s, %s, %s, %s)
           ON CONFLICT (learner_id, lesson_id) DO NOTHING""",
        (event["learner_id"], event["course_id"], event["lesson_id"], event["occurred_at"]))


async def on_course_completed(event: dict[str, Any], connection: AsyncConnection) -> None:
    await connection.execute(
        """INSERT INTO enrollments (learner_id, course_id, source, enrolled_at, completed_at) VALUES (%s, %s, 'unknown', %s, %s)
           ON CONFLICT (learner_id, course_id) DO UPDATE SET completed_at = excluded.completed_at""",
        (event["learner_id"], event["course_id"], event["occurred_at"], event["occurred_at"]))
