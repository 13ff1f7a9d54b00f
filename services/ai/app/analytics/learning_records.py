"""What the analysis reads, per course: its lessons (as indexed), and each learner's enrollment, completed lessons and
quiz attempts (from the courses service's events). One query per kind, grouped in memory: a course's records are
small (thousands of rows at most)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from psycopg import AsyncConnection


@dataclass
class LessonInfo:
    id: uuid.UUID
    title: str
    type: str
    module_title: str
    position: int


@dataclass
class LearnerRecord:
    learner_id: uuid.UUID
    enrolled_at: datetime
    completed_at: datetime | None
    completions: dict[uuid.UUID, datetime] = field(default_factory=dict)
    # Quiz lesson → every attempt's (score, passed, when).
    attempts: dict[uuid.UUID, list[tuple[float, bool, datetime]]] = field(default_factory=lambda: defaultdict(list))

    @property
    def last_activity(self) -> datetime:
        moments = [self.enrolled_at, *self.completions.values(), *(when for tries in self.attempts.values() for _, _, when in tries)]
        return max(moments)

    def best_scores(self) -> dict[uuid.UUID, float]:
        return {lesson: max(score for score, _, _ in tries) for lesson, tries in self.attempts.items() if tries}


@dataclass
class CourseRecords:
    course_id: uuid.UUID
    title: str
    lessons: list[LessonInfo]
    learners: dict[uuid.UUID, LearnerRecord]


async def load(connection: AsyncConnection, course_ids: list[uuid.UUID], learner_id: uuid.UUID | None = None) -> list[CourseRecords]:
    """The records of `course_ids` (only `learner_id`'s when given)."""
    if not course_ids:
        return []
    only = " AND learner_id = %(learner)s" if learner_id else ""
    params = {"courses": course_ids, "learner": learner_id}
    titles = {row["id"]: row["title"] for row in await (await connection.execute(
        "SELECT id, title FROM courses WHERE id = ANY(%(courses)s)", params)).fetchall()}
    lessons: dict[uuid.UUID, list[LessonInfo]] = defaultdict(list)
    for row in await (await connection.execute(
            "SELECT id, course_id, title, type, module_title, position FROM lessons WHERE course_id = ANY(%(courses)s) ORDER BY position", params)).fetchall():
        lessons[row["course_id"]].append(LessonInfo(row["id"], row["title"], row["type"], row["module_title"], row["position"]))
    learners: dict[uuid.UUID, dict[uuid.UUID, LearnerRecord]] = defaultdict(dict)
    for row in await (await connection.execute(
            f"SELECT learner_id, course_id, enrolled_at, completed_at FROM enrollments WHERE course_id = ANY(%(courses)s) AND ended_at IS NULL{only}",
            params)).fetchall():
        learners[row["course_id"]][row["learner_id"]] = LearnerRecord(row["learner_id"], row["enrolled_at"], row["completed_at"])
    for row in await (await connection.execute(
            f"SELECT learner_id, course_id, lesson_id, completed_at FROM lesson_completions WHERE course_id = ANY(%(courses)s){only}", params)).fetchall():
        if record := learners[row["course_id"]].get(row["learner_id"]):
            record.completions[row["lesson_id"]] = row["completed_at"]
    for row in await (await connection.execute(
            f"SELECT learner_id, course_id, lesson_id, score, passed, submitted_at FROM quiz_attempts WHERE course_id = ANY(%(courses)s){only} ORDER BY submitted_at",
            params)).fetchall():
        if record := learners[row["course_id"]].get(row["learner_id"]):
            record.attempts[row["lesson_id"]].append((float(row["score"]), row["passed"], row["submitted_at"]))
    return [CourseRecords(course_id, titles.get(course_id, ""), lessons[course_id], learners[course_id]) for course_id in course_ids]
