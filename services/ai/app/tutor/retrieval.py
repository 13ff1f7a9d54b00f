"""Hybrid retrieval within one course: the question's vector against the course's chunks in Chroma, and BM25 over the
same chunks' words (exact terms such as `na.rm` or `RECHERCHEV`, which an LSA space blurs), merged by reciprocal rank
fusion. The BM25 index of a course is built from PostgreSQL and kept until the course's content changes."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import datetime

from psycopg_pool import AsyncConnectionPool

from app.indexing.embedding_models import EmbeddingModels, searchable_text
from app.nlp.bm25 import Bm25Index
from app.nlp.extractive import Passage
from app.nlp.fusion import reciprocal_rank_fusion

CANDIDATES = 12  # per method, before fusion


@dataclass(frozen=True)
class _CourseChunks:
    version: datetime
    index: Bm25Index
    chunks: dict[str, dict]


class Retriever:
    def __init__(self, pool: AsyncConnectionPool, models: EmbeddingModels) -> None:
        self._pool = pool
        self._models = models
        self._courses: dict[uuid.UUID, _CourseChunks] = {}

    async def search(self, course_id: uuid.UUID, query: str, limit: int = 5) -> list[Passage]:
        async with self._pool.connection() as connection:
            course = await self._course_chunks(course_id, connection)
            model = await self._models.current(connection)
        if course is None or not course.chunks:
            return []
        # CPU work off the event loop: health probes and other requests keep being answered under load.
        keyword = await asyncio.to_thread(course.index.search, query, CANDIDATES)
        similarities: dict[str, float] = {}
        if model is not None:
            [vector] = await model.embed([query])
            hits = await self._models.chroma.query(model.collection, vector, CANDIDATES, {"course_id": str(course_id)})
            # Cosine distance is 1 - similarity.
            similarities = {hit.id: max(0.0, 1.0 - hit.distance) for hit in hits if hit.id in course.chunks}
        vector_ranking = sorted(similarities, key=lambda chunk_id: (-similarities[chunk_id], chunk_id))
        keyword_scores = dict(keyword)
        fused = reciprocal_rank_fusion([vector_ranking, [chunk_id for chunk_id, _ in keyword]])
        passages: list[Passage] = []
        for chunk_id, _score in fused[:limit]:
            chunk = course.chunks[chunk_id]
            passages.append(Passage(chunk_id=chunk_id, lesson_id=str(chunk["lesson_id"]), lesson_title=chunk["lesson_title"],
                                    text=chunk["text"], similarity=similarities.get(chunk_id, 0.0),
                                    keyword_score=keyword_scores.get(chunk_id, 0.0)))
        return passages

    async def course_title(self, course_id: uuid.UUID) -> str:
        async with self._pool.connection() as connection:
            row = await (await connection.execute("SELECT title FROM courses WHERE id = %s", (course_id,))).fetchone()
        return row["title"] if row else ""

    async def _course_chunks(self, course_id: uuid.UUID, connection) -> _CourseChunks | None:
        row = await (await connection.execute(
            "SELECT content_version FROM courses WHERE id = %s AND status = 'published'", (course_id,))).fetchone()
        if row is None:
            self._courses.pop(course_id, None)
            return None
        cached = self._courses.get(course_id)
        if cached is not None and cached.version == row["content_version"]:
            return cached
        rows = await (await connection.execute(
            "SELECT c.id, c.text, c.lesson_id, l.title AS lesson_title FROM chunks c JOIN lessons l ON l.id = c.lesson_id "
            "WHERE c.course_id = %s ORDER BY l.position, c.position", (course_id,))).fetchall()
        chunks = {row["id"]: row for row in rows}
        index = await asyncio.to_thread(Bm25Index, [(chunk_id, searchable_text(chunk)) for chunk_id, chunk in chunks.items()])
        course = _CourseChunks(row["content_version"], index, chunks)
        self._courses[course_id] = course
        return course
