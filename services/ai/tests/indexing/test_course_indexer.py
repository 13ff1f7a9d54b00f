"""The index follows the published courses exactly: in PostgreSQL (chunks) and in Chroma (their vectors), through the
courses service's events."""

from __future__ import annotations

import json
import uuid

from tests.conftest import AiUnderTest, eventually
from tests.fixtures import EXCEL_LOOKUP, R_MISSING_VALUES, SQL_JOINS, lessons
from tests.platform import Course, Platform


async def chunk_ids(ai: AiUnderTest, course: Course) -> set[str]:
    async with ai.services.pool.connection() as connection:
        rows = await (await connection.execute("SELECT id FROM chunks WHERE course_id = %s", (course.id,))).fetchall()
    return {row["id"] for row in rows}


async def vector_ids(ai: AiUnderTest, course: Course) -> set[str]:
    async with ai.services.pool.connection() as connection:
        model = await ai.services.models.current(connection)
    if model is None:
        return set()
    collection_id = await ai.services.chroma.collection_id(model.collection)
    response = await ai.services.chroma._http.post(
        f"/api/v2/tenants/default_tenant/databases/default_database/collections/{collection_id}/get",
        json={"where": {"course_id": str(course.id)}, "include": []})
    response.raise_for_status()
    return set(response.json()["ids"])


async def test_a_published_course_is_chunked_with_stable_ids_into_both_stores(ai: AiUnderTest, platform: Platform) -> None:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Tableurs {uuid.uuid4().hex[:6]}", lessons(EXCEL_LOOKUP, R_MISSING_VALUES))
    ids = await eventually(lambda: chunk_ids(ai, course), lambda found: len(found) >= 2)
    assert all(chunk_id.split(":")[0] in {str(lesson.id) for lesson in course.lessons} for chunk_id in ids)
    assert await eventually(lambda: vector_ids(ai, course), lambda found: found == ids)


async def test_a_deleted_lesson_leaves_nothing_behind(ai: AiUnderTest, platform: Platform) -> None:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Données {uuid.uuid4().hex[:6]}", lessons(EXCEL_LOOKUP, SQL_JOINS))
    await eventually(lambda: chunk_ids(ai, course), lambda found: {i.split(":")[0] for i in found} == {str(l.id) for l in course.lessons})
    removed = course.lessons[1]
    await platform.delete_lesson(instructor, course, removed)
    remaining = await eventually(lambda: chunk_ids(ai, course), lambda found: bool(found) and not any(i.startswith(str(removed.id)) for i in found))
    assert await eventually(lambda: vector_ids(ai, course), lambda found: found == remaining)


async def test_an_unpublished_course_is_withdrawn_and_the_tutor_no_longer_answers_on_it(ai: AiUnderTest, platform: Platform) -> None:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Retiré {uuid.uuid4().hex[:6]}", lessons(R_MISSING_VALUES))
    await eventually(lambda: chunk_ids(ai, course), lambda found: len(found) >= 1)
    await platform.unpublish(instructor, course)
    await eventually(lambda: chunk_ids(ai, course), lambda found: not found)
    assert await eventually(lambda: vector_ids(ai, course), lambda found: not found) == set()
    assert await ai.services.tutor._retriever.search(course.id, "moyenne na.rm") == []


async def test_an_older_announcement_arriving_late_does_not_bring_back_old_content(ai: AiUnderTest, platform: Platform) -> None:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Ordre {uuid.uuid4().hex[:6]}", lessons(SQL_JOINS))
    current = await eventually(lambda: chunk_ids(ai, course), lambda found: len(found) >= 1)
    stale = {"course_id": str(course.id), "title": "Ancien", "description": "", "language": "fr", "domain": "R", "status": "published",
             "keywords": [], "occurred_at": "2020-01-01T00:00:00+00:00",
             "lessons": [{"lesson_id": str(uuid.uuid4()), "module_title": "M", "title": "Ancienne leçon", "type": "text", "text": "Texte ancien."}]}
    async with ai.services.pool.connection() as connection, connection.transaction():
        await ai.services.indexer.on_course_updated(stale, connection)
    assert await chunk_ids(ai, course) == current


async def test_a_redelivered_event_is_handled_once(ai: AiUnderTest, platform: Platform) -> None:
    learner = await platform.learner()
    course_id, event_id = uuid.uuid4(), uuid.uuid4()
    payload = {"enrollment_id": str(uuid.uuid4()), "course_id": str(course_id), "learner_id": str(learner.id), "source": "free",
               "event_id": str(event_id), "occurred_at": "2026-11-30T10:00:00+00:00"}
    for _ in range(2):
        await ai.services.redis.xadd("har:events", {"id": str(event_id), "type": "CourseEnrolled", "payload": json.dumps(payload), "traceparent": ""})

    async def handled() -> int:
        async with ai.services.pool.connection() as connection:
            row = await (await connection.execute("SELECT count(*) AS n FROM inbox_messages WHERE event_id = %s", (event_id,))).fetchone()
        return row["n"]

    assert await eventually(handled, lambda count: count == 1) == 1
    async with ai.services.pool.connection() as connection:
        row = await (await connection.execute("SELECT count(*) AS n FROM enrollments WHERE learner_id = %s", (learner.id,))).fetchone()
    assert row["n"] == 1
