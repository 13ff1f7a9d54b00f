"""The operator's re-index (the dashboard command): only with the operator key; it rebuilds the index from the courses
service's fresh announcements."""

from __future__ import annotations

import uuid

from tests.conftest import OPERATOR_KEY, AiUnderTest, eventually
from tests.fixtures import EXCEL_LOOKUP, lessons
from tests.indexing.test_course_indexer import chunk_ids, vector_ids
from tests.platform import Platform


async def test_reindex_needs_the_operator_key(ai: AiUnderTest) -> None:
    assert (await ai.client.post("/internal/reindex")).status_code == 401
    assert (await ai.client.post("/internal/reindex", headers={"X-Har-Operator-Key": "guess"})).status_code == 401


async def test_reindex_rebuilds_the_index_from_the_published_courses(ai: AiUnderTest, platform: Platform) -> None:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Réindexé {uuid.uuid4().hex[:6]}", lessons(EXCEL_LOOKUP))
    before = await eventually(lambda: chunk_ids(ai, course), lambda found: len(found) >= 1)
    response = await ai.client.post("/internal/reindex", headers={"X-Har-Operator-Key": OPERATOR_KEY})
    assert response.status_code == 200
    assert response.json()["announced"] >= 1
    assert await eventually(lambda: chunk_ids(ai, course), lambda found: found == before, timeout=60) == before
    assert await eventually(lambda: vector_ids(ai, course), lambda found: found == before, timeout=60) == before
