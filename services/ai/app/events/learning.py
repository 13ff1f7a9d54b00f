"""What the AI service keeps of learners' activity (recommendations and performance analysis read it), from the
courses service's events. Each handler writes in the consumer's transaction, beside the inbox row."""

from __future__ import annotations

from typing import Any

from psycopg import AsyncConnection


async def on_course_enrolled(event: dict[str, Any], connection: AsyncConnection) -> None:
    """A new enrollment, or one opened again after it ended (unless the end happened after this event)."""
    await connection.execute(
        """INSERT INTO enrollments (learner_id, course_id, source, enrolled_at, state_at) VALUES (%s, %s, %s, %s, %s)
           ON CONFLICT (learner_id, course_id) DO UPDATE SET source = excluded.source, ended_at = NULL, state_at = excluded.state_at
           WHERE enrollments.state_at <= excluded.state_at""",
        (event["learner_id"], event["course_id"], event.get("source") or "free", event["occurred_at"], event["occurred_at"]))


async def on_enrollment_ended(event: dict[str, Any], connection: AsyncConnection) -> None:
    """Dropped or revoked: the course leaves the learner's analysis and the co-enrollment and popularity counts."""
    await connection.execute(
        "UPDATE enrollments SET ended_at = %s, state_at = %s WHERE learner_id = %s AND course_id = %s AND state_at <= %s",
        (event["occurred_at"], event["occurred_at"], event["learner_id"], event["course_id"], event["occurred_at"]))


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


async def on_quiz_attempted(event: dict[str, Any], connection: AsyncConnection) -> None:
    await connection.execute(
        """INSERT INTO quiz_attempts (id, learner_id, course_id, lesson_id, score, passed, number, submitted_at)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING""",
        (event["attempt_id"], event["learner_id"], event["course_id"], event["lesson_id"], event["score"], event["passed"],
         event.get("number") or 1, event["occurred_at"]))


async def on_user_named(event: dict[str, Any], connection: AsyncConnection) -> None:
    """UserRegistered and UserUpdated: the name an instructor sees in the at-risk list."""
    await remember_names(connection, [(event["user_id"], event.get("first_name"), event.get("last_name"))])


async def remember_names(connection: AsyncConnection, people: list[tuple[Any, str | None, str | None]]) -> None:
    """(user id, first name, last name) from auth's events or its directory (a first start, a re-index)."""
    async with connection.cursor() as cursor:
        await cursor.executemany(
            "INSERT INTO people (id, name) VALUES (%s, %s) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            [(user_id, f"{first or ''} {last or ''}".strip()) for user_id, first, last in people])


async def on_user_deleted(event: dict[str, Any], connection: AsyncConnection) -> None:
    """A deleted account's activity leaves the analysis with its name; conversations go too (they are personal)."""
    user_id = event["user_id"]
    for table, column in (("people", "id"), ("enrollments", "learner_id"), ("lesson_completions", "learner_id"),
                          ("quiz_attempts", "learner_id"), ("conversations", "user_id")):
        await connection.execute(f"DELETE FROM {table} WHERE {column} = %s", (user_id,))
