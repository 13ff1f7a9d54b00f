"""Embeddings from the configured endpoint: a stand-in server speaking the OpenAI embeddings protocol (hashed word
counts, so texts sharing words are near). What is checked is our side: the requests (model, key, batches), the
vectors kept per course and content version in their own collection, retrieval through them, and the local vectors
taking over whenever the endpoint's are stale or the endpoint fails."""

from __future__ import annotations

import json
import math
import re
import uuid
import zlib
from typing import AsyncIterator, Iterator

import httpx
import pytest

from tests.conftest import AiUnderTest, eventually, settings_for
from tests.fixtures import EXCEL_LOOKUP, R_MISSING_VALUES, SQL_JOINS, lessons
from tests.graph import Graph
from tests.platform import Course, Platform, User
from tests.stand_in import QuietHandler, serve

DIMENSIONS = 64


def hashed_words(text: str) -> list[float]:
    vector = [0.0] * DIMENSIONS
    for word in re.findall(r"\w+", text.lower()):
        vector[zlib.crc32(word.encode()) % DIMENSIONS] += 1.0
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


class StandInEmbeddings:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.failing = False
        stand_in = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stand_in.requests.append({"path": self.path, "authorization": self.headers.get("Authorization"), "body": body})
                if stand_in.failing:
                    self.send_response(503)
                    self.end_headers()
                    return
                # Listed in reverse: the client must put them back in order by their index.
                data = [{"object": "embedding", "index": i, "embedding": hashed_words(text)} for i, text in enumerate(body["input"])][::-1]
                payload = json.dumps({"object": "list", "data": data, "model": body["model"]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = serve(Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/v1"

    def inputs(self) -> list[str]:
        return [text for request in self.requests for text in request["body"]["input"]]


@pytest.fixture(scope="module")
def endpoint() -> Iterator[StandInEmbeddings]:
    stand_in = StandInEmbeddings()
    yield stand_in
    stand_in.server.shutdown()


@pytest.fixture(scope="module")
async def with_embeddings(graph: Graph, endpoint: StandInEmbeddings, ai: AiUnderTest) -> AsyncIterator[AiUnderTest]:
    """A second AI app with the embeddings endpoint, over the same database (the first one keeps indexing locally). Its
    catch-up runs when a test calls it."""
    from app.main import create_app

    settings = settings_for(graph, llm_base_url=endpoint.url, llm_api_key="embed-key", llm_embedding_model="stand-in-embed")
    app = create_app(settings, run_background=False)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(app=app, base_url="http://ai", timeout=60) as client:
            yield AiUnderTest(app, client)


async def chunk_ids(ai: AiUnderTest, course: Course) -> set[str]:
    async with ai.services.pool.connection() as connection:
        rows = await (await connection.execute("SELECT id FROM chunks WHERE course_id = %s", (course.id,))).fetchall()
    return {row["id"] for row in rows}


async def remote_ids(app: AiUnderTest, course: Course) -> set[str]:
    chroma = app.services.chroma
    collection_id = await chroma.collection_id(app.services.remote_vectors.collection)
    response = await chroma._http.post(f"/api/v2/tenants/default_tenant/databases/default_database/collections/{collection_id}/get",
                                       json={"where": {"course_id": str(course.id)}, "include": []})
    response.raise_for_status()
    return set(response.json()["ids"])


async def current(app: AiUnderTest, course: Course) -> bool:
    async with app.services.pool.connection() as connection:
        return await app.services.remote_vectors.current_for(course.id, connection)


@pytest.fixture
async def course(ai: AiUnderTest, platform: Platform) -> tuple[Course, User, User]:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Vecteurs distants {uuid.uuid4().hex[:6]}", lessons(R_MISSING_VALUES, EXCEL_LOOKUP, SQL_JOINS))
    await eventually(lambda: chunk_ids(ai, course), lambda found: {i.split(":")[0] for i in found} == {str(l.id) for l in course.lessons})
    learner = await platform.learner()
    await platform.enroll(learner, course)
    return course, learner, instructor


async def test_each_course_is_embedded_by_the_endpoint_and_searched_with_its_vectors(
        ai: AiUnderTest, with_embeddings: AiUnderTest, endpoint: StandInEmbeddings, course) -> None:
    course_, learner, _ = course
    endpoint.failing = False
    assert not await current(with_embeddings, course_)  # not yet embedded: retrieval uses the local vectors meanwhile
    assert await with_embeddings.services.remote_vectors.catch_up() >= 1
    assert await current(with_embeddings, course_)
    assert await remote_ids(with_embeddings, course_) == await chunk_ids(ai, course_)
    request = endpoint.requests[-1]
    assert request["path"] == "/v1/embeddings" and request["authorization"] == "Bearer embed-key"
    assert request["body"]["model"] == "stand-in-embed"
    assert all(len(r["body"]["input"]) <= 64 for r in endpoint.requests)  # batched

    question = "Comment calculer une moyenne en ignorant les valeurs manquantes en R ?"
    response = await with_embeddings.client.post("/api/v1/ai/chat", headers=learner.headers,
                                                 json={"course_id": str(course_.id), "message": question})
    body = response.json()
    assert endpoint.inputs()[-1] == question  # the question was embedded by the endpoint
    assert body["answered_from_course"] is True and body["mode"] == "local"  # answers stay extractive without a chat model
    assert body["citations"][0]["lesson_title"] == R_MISSING_VALUES.title


async def test_when_the_endpoint_fails_the_local_vectors_answer_and_the_next_pass_catches_up(
        ai: AiUnderTest, with_embeddings: AiUnderTest, endpoint: StandInEmbeddings, course) -> None:
    course_, learner, _ = course
    endpoint.failing = True
    try:
        assert await with_embeddings.services.remote_vectors.catch_up() == 0  # reported, not raised
        assert not await current(with_embeddings, course_)
        response = await with_embeddings.client.post("/api/v1/ai/chat", headers=learner.headers, json={
            "course_id": str(course_.id), "message": "Que renvoie RECHERCHEV avec FAUX comme dernier argument ?"})
        assert response.status_code == 200
        assert response.json()["citations"][0]["lesson_title"] == EXCEL_LOOKUP.title
    finally:
        endpoint.failing = False
    assert await with_embeddings.services.remote_vectors.catch_up() >= 1
    assert await current(with_embeddings, course_)


async def test_changed_content_is_embedded_again_and_a_withdrawn_course_leaves_no_vectors(
        ai: AiUnderTest, with_embeddings: AiUnderTest, platform: Platform, endpoint: StandInEmbeddings, course) -> None:
    course_, _, instructor = course
    endpoint.failing = False
    remote = with_embeddings.services.remote_vectors
    await remote.catch_up()
    removed = course_.lessons[2]
    await platform.delete_lesson(instructor, course_, removed)
    await eventually(lambda: chunk_ids(ai, course_), lambda found: bool(found) and not any(i.startswith(str(removed.id)) for i in found))
    assert not await current(with_embeddings, course_)  # stale: the local vectors serve until the next pass
    await remote.catch_up()
    assert await current(with_embeddings, course_)
    assert await remote_ids(with_embeddings, course_) == await chunk_ids(ai, course_)

    await platform.unpublish(instructor, course_)
    await eventually(lambda: chunk_ids(ai, course_), lambda found: not found)
    await remote.catch_up()
    assert await remote_ids(with_embeddings, course_) == set()
    assert not await current(with_embeddings, course_)


async def test_one_replica_at_a_time_catches_up(with_embeddings: AiUnderTest, endpoint: StandInEmbeddings, course) -> None:
    from app.indexing.remote_vectors import CATCH_UP_LOCK

    endpoint.failing = False
    async with with_embeddings.services.pool.connection() as other_replica:
        await other_replica.execute("SELECT pg_advisory_lock(%s)", (CATCH_UP_LOCK,))
        try:
            calls = len(endpoint.requests)
            assert await with_embeddings.services.remote_vectors.catch_up() == 0
            assert len(endpoint.requests) == calls
        finally:
            await other_replica.execute("SELECT pg_advisory_unlock(%s)", (CATCH_UP_LOCK,))
    assert await with_embeddings.services.remote_vectors.catch_up() >= 1
