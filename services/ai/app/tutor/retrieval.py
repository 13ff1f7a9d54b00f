"""Hybrid retrieval within one course: the question's vector against the course's chunks in Chroma (the configured
embeddings endpoint's vectors when they are of the course's current content, app/indexing/remote_vectors.py, else the
local model's), and BM25 over the same chunks' words (exact terms such as `na.rm` or `RECHERCHEV`, which an LSA space
blurs), merged by reciprocal rank fusion. The BM25 index of a course is built from PostgreSQL and kept until the
course's content changes."""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from psycopg_pool import AsyncConnectionPool

from app.clients.llm import LlmUnavailable
from app.indexing.embedding_models import EmbeddingModels, searchable_text
from app.indexing.remote_vectors import RemoteVectors
from app.nlp.bm25 import Bm25Index
from app.nlp.extractive import Passage
from app.nlp.fusion import reciprocal_rank_fusion
from app.nlp.text import tokenize

logger = logging.getLogger("app.tutor")
CANDIDATES = 12  # per method, before fusion
# A teaching lesson before the quiz or exercise that checks it: a quiz's explanations state the point tersely and would
# otherwise often rank first (and a citation of the quiz gives its answers away). On the evaluation set
# (bench/ai-eval.sh) this moved the right lesson to first place from 57 % of the questions to 81 %.
LESSON_TYPE_WEIGHTS = {"quiz": 0.8, "exercise": 0.9}


@dataclass(frozen=True)
class _CourseChunks:
    version: datetime
    index: Bm25Index
    chunks: dict[str, dict]
    words: frozenset[str]  # every token of the course's lessons, lowercased


class Retriever:
    def __init__(self, pool: AsyncConnectionPool, models: EmbeddingModels, remote: RemoteVectors | None = None) -> None:
        self._pool = pool
        self._models = models
        self._remote = remote
        self._courses: dict[uuid.UUID, _CourseChunks] = {}

    async def search(self, course_id: uuid.UUID, query: str, limit: int = 5) -> list[Passage]:
        async with self._pool.connection() as connection:
            course = await self._course_chunks(course_id, connection)
            model = await self._models.current(connection)
            remote = self._remote is not None and await self._remote.current_for(course_id, connection)
        if course is None or not course.chunks:
            return []
        # CPU work off the event loop: health probes and other requests keep being answered under load.
        keyword = await asyncio.to_thread(course.index.search, query, CANDIDATES)
        similarities: dict[str, float] | None = None
        if remote:
            try:
                similarities = await self._remote.similarities(course_id, query, CANDIDATES)
            except LlmUnavailable as error:
                logger.warning("The embeddings endpoint failed (%s); searching with the local model", error)
        if similarities is not None:
            similarities = {chunk_id: value for chunk_id, value in similarities.items() if chunk_id in course.chunks}
        elif model is not None:
            [vector] = await model.embed([query])
            hits = await self._models.chroma.query(model.collection, vector, CANDIDATES, {"course_id": str(course_id)})
            # Cosine distance is 1 - similarity.
            similarities = {hit.id: max(0.0, 1.0 - hit.distance) for hit in hits if hit.id in course.chunks}
        return rank_passages(course.chunks, keyword, similarities or {}, limit)

    async def course_words(self, course_id: uuid.UUID) -> frozenset[str]:
        """Every word the course's lessons use (lowercased): what a question names must be among them."""
        async with self._pool.connection() as connection:
            course = await self._course_chunks(course_id, connection)
        return course.words if course is not None else frozenset()

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
            "SELECT c.id, c.text, c.lesson_id, l.title AS lesson_title, l.type AS lesson_type FROM chunks c JOIN lessons l ON l.id = c.lesson_id "
            "WHERE c.course_id = %s ORDER BY l.position, c.position", (course_id,))).fetchall()
        chunks = {row["id"]: row for row in rows}
        texts = [(chunk_id, searchable_text(chunk)) for chunk_id, chunk in chunks.items()]
        index = await asyncio.to_thread(Bm25Index, texts)
        course = _CourseChunks(row["content_version"], index, chunks, frozenset(word for _, text in texts for word in tokenize(text)))
        self._courses[course_id] = course
        return course


def rank_passages(chunks: dict[str, dict], keyword: list[tuple[str, float]], similarities: dict[str, float],
                  limit: int) -> list[Passage]:
    """The best `limit` chunks by reciprocal rank fusion of the vector and keyword rankings. `chunks` maps a chunk id to
    its row (text, lesson_id, lesson_title); `keyword` is BM25's (id, score) best first; `similarities` the cosine of
    each chunk the vector store returned."""
    vector_ranking = sorted(similarities, key=lambda chunk_id: (-similarities[chunk_id], chunk_id))
    keyword_scores = dict(keyword)
    fused = reciprocal_rank_fusion([vector_ranking, [chunk_id for chunk_id, _ in keyword]])
    fused = sorted(((chunk_id, score * LESSON_TYPE_WEIGHTS.get(chunks[chunk_id].get("lesson_type", ""), 1.0)) for chunk_id, score in fused),
                   key=lambda hit: (-hit[1], hit[0]))
    passages: list[Passage] = []
    for chunk_id, _score in fused[:limit]:
        chunk = chunks[chunk_id]
        passages.append(Passage(chunk_id=chunk_id, lesson_id=str(chunk["lesson_id"]), lesson_title=chunk["lesson_title"],
                                text=chunk["text"], similarity=similarities.get(chunk_id, 0.0),
                                keyword_score=keyword_scores.get(chunk_id, 0.0)))
    return passages
