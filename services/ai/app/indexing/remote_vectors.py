"""Chunk vectors from the configured embeddings endpoint (app/clients/llm.py), beside the local model's.

The local model stays the index of record: the event handler keeps it current inside its transaction, and retrieval
falls back to it whenever remote vectors are missing, stale or the endpoint fails. Remote vectors are filled after the
fact by `run`, a background loop woken after each pass of the event consumer (and every 30 s): it embeds the published
courses whose content changed since their remote vectors were made (`remote_embeddings` records which version each
course's vectors are of), and removes the vectors of courses no longer published. Slow endpoint calls therefore never
hold the indexing transaction, and an endpoint that is down only delays the better vectors."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from psycopg_pool import AsyncConnectionPool

from app.clients.chroma import ChromaClient
from app.clients.llm import LlmUnavailable, RemoteEmbedder
from app.indexing.embedding_models import chunk_metadata, searchable_text

logger = logging.getLogger("app.indexing")
CATCH_UP_EVERY_S = 30
CATCH_UP_LOCK = 0x4A11E  # beside the indexer's INDEX_LOCK


class RemoteVectors:
    def __init__(self, pool: AsyncConnectionPool, chroma: ChromaClient, embedder: RemoteEmbedder,
                 woken_by: asyncio.Event | None = None) -> None:
        self._pool = pool
        self._chroma = chroma
        self._embedder = embedder
        self._woken_by = woken_by
        self._stopping = False

    @property
    def collection(self) -> str:
        return self._embedder.collection

    async def current_for(self, course_id: uuid.UUID, connection) -> bool:
        """Whether the course's remote vectors are of its current content."""
        row = await (await connection.execute(
            "SELECT 1 FROM remote_embeddings r JOIN courses c ON c.id = r.course_id "
            "WHERE r.course_id = %s AND r.collection = %s AND r.content_version = c.content_version AND c.status = 'published'",
            (course_id, self.collection))).fetchone()
        return row is not None

    async def similarities(self, course_id: uuid.UUID, query: str, limit: int) -> dict[str, float]:
        """Cosine similarity of the course's nearest chunks to `query`; raises LlmUnavailable when the endpoint fails."""
        [vector] = await self._embedder.embed([query])
        hits = await self._chroma.query(self.collection, vector, limit, {"course_id": str(course_id)})
        return {hit.id: max(0.0, 1.0 - hit.distance) for hit in hits}

    async def run(self) -> None:
        while not self._stopping:
            try:
                await self.catch_up()
            except asyncio.CancelledError:
                raise
            except Exception:  # Chroma or the database failing: the next pass tries again
                logger.warning("Remote embeddings: a catch-up pass failed; retrying", exc_info=True)
            await self._wait()

    def stop(self) -> None:
        self._stopping = True

    async def catch_up(self) -> int:
        """Embeds every published course whose remote vectors are missing or stale, removes those of withdrawn courses;
        returns how many courses were embedded. Stops at the first endpoint failure (the next pass resumes). One replica
        at a time: the others skip their pass rather than pay the endpoint for the same vectors."""
        async with self._pool.connection() as lock:
            if not (await (await lock.execute("SELECT pg_try_advisory_lock(%s) AS held", (CATCH_UP_LOCK,))).fetchone())["held"]:
                return 0
            try:
                return await self._catch_up()
            finally:
                await lock.execute("SELECT pg_advisory_unlock(%s)", (CATCH_UP_LOCK,))

    async def _catch_up(self) -> int:
        async with self._pool.connection() as connection:
            stale = await (await connection.execute(
                "SELECT c.id, c.content_version FROM courses c LEFT JOIN remote_embeddings r ON r.course_id = c.id AND r.collection = %s "
                "WHERE c.status = 'published' AND (r.content_version IS NULL OR r.content_version <> c.content_version) ORDER BY c.id",
                (self.collection,))).fetchall()
            withdrawn = await (await connection.execute(
                "SELECT r.course_id FROM remote_embeddings r JOIN courses c ON c.id = r.course_id "
                "WHERE r.collection = %s AND c.status <> 'published'", (self.collection,))).fetchall()
        for row in withdrawn:
            await self._chroma.delete_where(self.collection, {"course_id": str(row["course_id"])})
            async with self._pool.connection() as connection:
                await connection.execute("DELETE FROM remote_embeddings WHERE course_id = %s AND collection = %s",
                                         (row["course_id"], self.collection))
        embedded = 0
        for row in stale:
            try:
                await self._embed_course(row["id"])
            except LlmUnavailable as error:
                logger.warning("Remote embeddings: the endpoint failed (%s); %d courses wait for the next pass", error, len(stale) - embedded)
                break
            embedded += 1
        if embedded:
            logger.info("Remote embeddings: embedded %d courses with %s", embedded, self._embedder.model)
        return embedded

    async def drop_all(self) -> None:
        """Forgets every remote vector (a re-index: courses that no longer exist leave no tombstone to clean up after)."""
        await self._chroma.delete_collection(self.collection)

    async def _embed_course(self, course_id: uuid.UUID) -> None:
        # The chunks and the version they are of, read together: if the content changes meanwhile, the recorded version
        # is the older one and the next pass embeds the course again.
        async with self._pool.connection() as connection, connection.transaction():
            course = await (await connection.execute(
                "SELECT content_version FROM courses WHERE id = %s AND status = 'published'", (course_id,))).fetchone()
            rows: list[dict[str, Any]] = await (await connection.execute(
                "SELECT c.id, c.text, c.course_id, c.lesson_id, c.position, c.language, l.title AS lesson_title, l.module_title "
                "FROM chunks c JOIN lessons l ON l.id = c.lesson_id WHERE c.course_id = %s ORDER BY c.id", (course_id,))).fetchall()
        if course is None:
            return
        vectors = await self._embedder.embed([searchable_text(row) for row in rows]) if rows else []
        await self._chroma.delete_where(self.collection, {"course_id": str(course_id)})
        await self._chroma.upsert(self.collection, [row["id"] for row in rows], vectors, [row["text"] for row in rows],
                                  [chunk_metadata(row) for row in rows])
        async with self._pool.connection() as connection:
            # The course may have been deleted by a re-index meanwhile: then there is nothing to record.
            await connection.execute(
                "INSERT INTO remote_embeddings (course_id, collection, content_version) SELECT id, %s, %s FROM courses WHERE id = %s "
                "ON CONFLICT (course_id, collection) DO UPDATE SET content_version = excluded.content_version, embedded_at = now()",
                (self.collection, course["content_version"], course_id))

    async def _wait(self) -> None:
        if self._woken_by is None:
            await asyncio.sleep(CATCH_UP_EVERY_S)
            return
        try:
            await asyncio.wait_for(self._woken_by.wait(), CATCH_UP_EVERY_S)
        except asyncio.TimeoutError:
            pass
