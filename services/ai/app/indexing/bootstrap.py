"""How the service learns what happened before it existed: on its first start (the courses were published and learners
enrolled before, and the stream keeps only what some group has not read yet) and on the operator's re-index (the
dashboard's command), it asks the courses service to announce again every published course's content and the
learning history (`POST /internal/announcements`, with the key the AppHost shares between the two services). The
announcements arrive on the event stream like any change: one path for indexing and for analysis."""

from __future__ import annotations

import asyncio
import logging

import httpx
from psycopg_pool import AsyncConnectionPool

from app.indexing.course_indexer import INDEX_LOCK
from app.indexing.embedding_models import EmbeddingModels
from app.indexing.remote_vectors import RemoteVectors

logger = logging.getLogger("app.indexing")
KEY_HEADER = "X-Har-Operator-Key"


class ContentBootstrap:
    def __init__(self, pool: AsyncConnectionPool, courses_http: httpx.AsyncClient, content_sync_key: str) -> None:
        self._pool = pool
        self._http = courses_http
        self._key = content_sync_key

    async def run_once_when_empty(self) -> None:
        async with self._pool.connection() as connection:
            asked = await (await connection.execute("SELECT 1 FROM content_requests LIMIT 1")).fetchone()
        if asked is None:
            await self.request_announcements("first start")

    async def request_announcements(self, reason: str) -> int:
        """Asks until the courses service answers (it may still be starting); returns how many courses it announced."""
        if not self._key:
            logger.warning("No content sync key (Ai__ContentSyncKey): the index fills only from new announcements")
            return 0
        delay = 1.0
        while True:
            try:
                response = await self._http.post("/internal/announcements", headers={KEY_HEADER: self._key}, timeout=60)
                response.raise_for_status()
                announced = int(response.json().get("courses", 0))
                break
            except (httpx.HTTPError, ValueError) as error:
                logger.warning("Could not ask the courses service to announce its content (%s); retrying in %.0f s", error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30)
        async with self._pool.connection() as connection:
            await connection.execute("INSERT INTO content_requests (reason) VALUES (%s)", (reason,))
        logger.info("The courses service announces %d published courses and their learning history again (%s)", announced, reason)
        return announced

    async def reindex(self, models: EmbeddingModels, remote: RemoteVectors | None = None) -> int:
        """Forgets the whole index (rows and vectors, the embeddings endpoint's too) and rebuilds it from fresh
        announcements."""
        async with self._pool.connection() as connection, connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock(%s)", (INDEX_LOCK,))
            collections = await (await connection.execute("DELETE FROM embedding_models RETURNING collection")).fetchall()
            await connection.execute("DELETE FROM courses")
        for row in collections:
            await models.chroma.delete_collection(row["collection"])
        if remote is not None:
            await remote.drop_all()
        models.forget()
        return await self.request_announcements("re-index")
