"""Keeps the tutor's index equal to the published courses: every `CourseUpdated` carries a course's whole content, so
the course's lessons and chunks are replaced, never patched (deleted lessons leave nothing behind), and a course that is
no longer published is withdrawn entirely. PostgreSQL holds the chunks (the source of truth, what BM25 and refits
read); Chroma holds their vectors, under the same stable ids. Both are written inside the consumer's transaction: if
Chroma fails, the transaction rolls back and the event is redelivered, and every write here is idempotent."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection

from app.indexing.embedding_models import EmbeddingModels, chunk_metadata, searchable_text
from app.nlp.chunking import chunk_lesson
from app.nlp.text import detect_language

logger = logging.getLogger("app.indexing")
PUBLISHED = "published"
# Index writes of all replicas one at a time: a refit reads every chunk and must not race another course's change.
INDEX_LOCK = 0x4A11D


class CourseIndexer:
    def __init__(self, models: EmbeddingModels) -> None:
        self._models = models

    async def on_course_updated(self, event: dict[str, Any], connection: AsyncConnection) -> None:
        await connection.execute("SELECT pg_advisory_xact_lock(%s)", (INDEX_LOCK,))
        await self._models.drop_stale_collections(connection)  # an earlier refit's, now committed
        course_id = event["course_id"]
        version = datetime.fromisoformat(str(event["occurred_at"]).replace("Z", "+00:00"))
        known = await (await connection.execute("SELECT content_version FROM courses WHERE id = %s", (course_id,))).fetchone()
        if known is not None and known["content_version"] >= version:
            return  # an older announcement than what is indexed (a re-announcement raced a change)
        await connection.execute("DELETE FROM lessons WHERE course_id = %s", (course_id,))  # and their chunks
        status = str(event.get("status") or "")
        await connection.execute(
            """INSERT INTO courses (id, title, description, language, domain, keywords, status, content_version)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description, language = excluded.language,
                 domain = excluded.domain, keywords = excluded.keywords, status = excluded.status,
                 content_version = excluded.content_version, indexed_at = now()""",
            (course_id, event["title"], event.get("description") or "", event.get("language") or "fr", event.get("domain") or "",
             list(event.get("keywords") or []), status, version))
        if status != PUBLISHED:
            # Withdrawn (unpublished, archived): the row stays as a tombstone, so an older announcement arriving late
            # cannot bring the content back.
            await self._drop_vectors(course_id, connection)
            logger.info("Withdrew course %s (%s) from the index", course_id, status)
            return
        rows: list[dict[str, Any]] = []
        for position, lesson in enumerate(event.get("lessons") or []):
            await connection.execute(
                "INSERT INTO lessons (id, course_id, position, module_title, title, type, text) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (lesson["lesson_id"], course_id, position, lesson.get("module_title") or "", lesson["title"], lesson["type"], lesson.get("text") or ""))
            text = lesson.get("text") or ""
            language = detect_language(text) if text.strip() else event.get("language") or "fr"
            for chunk in chunk_lesson(lesson["lesson_id"], lesson["title"], text, lesson["type"]):
                rows.append({"id": chunk.id, "course_id": course_id, "lesson_id": lesson["lesson_id"], "position": chunk.position,
                             "text": chunk.text, "language": language, "lesson_title": lesson["title"],
                             "module_title": lesson.get("module_title") or ""})
        async with connection.cursor() as cursor:
            await cursor.executemany(
                "INSERT INTO chunks (id, course_id, lesson_id, position, text, language) VALUES (%s, %s, %s, %s, %s, %s)",
                [(row["id"], row["course_id"], row["lesson_id"], row["position"], row["text"], row["language"]) for row in rows])
        await self._embed(course_id, rows, connection)
        logger.info("Indexed course %s: %d lessons, %d chunks", course_id, len(event.get("lessons") or []), len(rows))

    async def _embed(self, course_id: str, rows: list[dict[str, Any]], connection: AsyncConnection) -> None:
        model = await self._models.current(connection)
        total = (await (await connection.execute("SELECT count(*) AS n FROM chunks")).fetchone())["n"]
        if self._models.needs_refit(model, total):
            await self._models.refit(connection)  # embeds every chunk, this course's included
            return
        if model is None:
            return
        chroma = self._models.chroma
        await self._drop_vectors(course_id, connection)
        vectors = await model.embed([searchable_text(row) for row in rows])
        await chroma.upsert(model.collection, [row["id"] for row in rows], vectors, [row["text"] for row in rows],
                            [chunk_metadata(row) for row in rows])

    async def _drop_vectors(self, course_id: str, connection: AsyncConnection) -> None:
        model = await self._models.current(connection)
        if model is not None:
            await self._models.chroma.delete_where(model.collection, {"course_id": str(course_id)})
