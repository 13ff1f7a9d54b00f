"""How the service learns what happened before it existed: on its first start (the courses were published and learners
enrolled before, and the stream keeps only what some group has not read yet) and on the operator's re-index (the
dashboard's command), it asks the courses service to announce again every published course's content and the
learning history (`POST /internal/announcements`, with the key the AppHost shares between the services). The
announcements arrive on the event stream like any change: one path for indexing and for analysis. Learners' names are
read from the auth service's directory (`GET /internal/people`, same key) rather than announced again, so that no other
consumer processes every account a second time."""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, TypeVar

import httpx
from psycopg_pool import AsyncConnectionPool

from app.events import learning
from app.indexing.course_indexer import INDEX_LOCK
from app.indexing.embedding_models import EmbeddingModels
from app.indexing.remote_vectors import RemoteVectors

logger = logging.getLogger("app.indexing")
KEY_HEADER = "X-Har-Operator-Key"
PEOPLE_PAGE = 1000
T = TypeVar("T")


class ContentBootstrap:
    def __init__(self, pool: AsyncConnectionPool, courses_http: httpx.AsyncClient, auth_http: httpx.AsyncClient,
                 content_sync_key: str) -> None:
        self._pool = pool
        self._courses = courses_http
        self._auth = auth_http
        self._key = content_sync_key

    async def run_once_when_empty(self) -> None:
        async with self._pool.connection() as connection:
            asked = await (await connection.execute("SELECT 1 FROM content_requests LIMIT 1")).fetchone()
        if asked is None:
            await self.request_announcements("first start")

    async def request_announcements(self, reason: str) -> int:
        """Asks the courses service to announce its content and history again, and the auth service for learners'
        names, until each answers (they may still be starting); returns how many courses were announced."""
        if not self._key:
            logger.warning("No content sync key (Ai__ContentSyncKey): the index fills only from new announcements")
            return 0

        async def announce() -> int:
            response = await self._courses.post("/internal/announcements", headers={KEY_HEADER: self._key}, timeout=60)
            response.raise_for_status()
            return int(response.json().get("courses", 0))

        announced = await _until_answered("the courses service to announce its content", announce)
        named = await self.copy_names()
        async with self._pool.connection() as connection:
            await connection.execute("INSERT INTO content_requests (reason) VALUES (%s)", (reason,))
        logger.info("The courses service announces %d published courses and their learning history again; %d names copied from "
                    "the auth service (%s)", announced, named, reason)
        return announced

    async def copy_names(self) -> int:
        """Every account's name from the auth service's directory, a page at a time; returns how many."""
        copied, after = 0, None
        while True:
            params = {"limit": PEOPLE_PAGE, **({"after": after} if after else {})}

            async def page() -> tuple[list[tuple[str, str, str]], str | None]:
                response = await self._auth.get("/internal/people", params=params, headers={KEY_HEADER: self._key})
                response.raise_for_status()
                body = response.json()
                return [(p["id"], p["first_name"], p["last_name"]) for p in body["people"]], body.get("next")

            people, after = await _until_answered("the auth service for learners' names", page)
            async with self._pool.connection() as connection, connection.transaction():
                await learning.remember_names(connection, people)
            copied += len(people)
            if not after:
                return copied

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


async def _until_answered(what: str, call: Callable[[], Awaitable[T]]) -> T:
    delay = 1.0
    while True:
        try:
            return await call()
        except (httpx.HTTPError, ValueError, KeyError) as error:
            logger.warning("Could not ask %s (%s); retrying in %.0f s", what, error, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30)
