"""The local embedding model (TF-IDF + LSA, app/nlp/embeddings.py): fitted on every chunk the service holds, kept in
PostgreSQL (a replica or a restart loads the same model), and refitted as content grows, since a vocabulary fitted on
yesterday's courses does not know today's words. Each fit has its own Chroma collection (dimensions differ between
fits): a refit embeds every chunk into a new collection, then becomes current, then the old collection is dropped."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from psycopg import AsyncConnection

from app.clients.chroma import ChromaClient
from app.nlp.embeddings import LocalEmbedder

logger = logging.getLogger("app.indexing")

# Refit when the corpus has grown by this factor since the current fit (or shrunk to this fraction of it).
REFIT_GROWTH = 1.25
REFIT_SHRINK = 0.6


@dataclass(frozen=True)
class EmbeddingModel:
    embedder: LocalEmbedder
    collection: str
    document_count: int

    async def embed(self, texts: list[str]) -> list[list[float]]:
        # CPU-bound (sparse products): off the event loop.
        return await asyncio.to_thread(self.embedder.embed, texts)


class EmbeddingModels:
    def __init__(self, chroma: ChromaClient) -> None:
        self._chroma = chroma
        self._current: EmbeddingModel | None = None

    @property
    def chroma(self) -> ChromaClient:
        return self._chroma

    async def current(self, connection: AsyncConnection) -> EmbeddingModel | None:
        """The newest fit; reloaded when another replica (or a re-index) fitted a newer one."""
        row = await (await connection.execute(
            "SELECT fingerprint, collection, document_count FROM embedding_models ORDER BY id DESC LIMIT 1")).fetchone()
        if row is None:
            self._current = None
            return None
        if self._current is None or self._current.collection != row["collection"]:
            blob = await (await connection.execute("SELECT model FROM embedding_models WHERE fingerprint = %s", (row["fingerprint"],))).fetchone()
            embedder = await asyncio.to_thread(LocalEmbedder.from_bytes, bytes(blob["model"]))
            self._current = EmbeddingModel(embedder, row["collection"], row["document_count"])
        return self._current

    @staticmethod
    def needs_refit(model: EmbeddingModel | None, chunk_count: int) -> bool:
        if chunk_count == 0:
            return False
        if model is None:
            return True
        return chunk_count >= model.document_count * REFIT_GROWTH or chunk_count <= model.document_count * REFIT_SHRINK

    async def refit(self, connection: AsyncConnection) -> EmbeddingModel | None:
        """Fits on every chunk (in the caller's transaction, so it sees the chunks just written), fills a new
        collection, and records the fit. Returns None when there is nothing to fit on."""
        rows = await (await connection.execute(
            "SELECT c.id, c.text, c.course_id, c.lesson_id, c.position, c.language, l.title AS lesson_title, l.module_title "
            "FROM chunks c JOIN lessons l ON l.id = c.lesson_id ORDER BY c.id")).fetchall()
        if not rows:
            return None
        embedder = await asyncio.to_thread(LocalEmbedder.fit, [searchable_text(row) for row in rows])
        collection = f"har_chunks_{embedder.fingerprint}"
        model = EmbeddingModel(embedder, collection, len(rows))
        vectors = await model.embed([searchable_text(row) for row in rows])
        await self._chroma.upsert(collection, [row["id"] for row in rows], vectors, [row["text"] for row in rows],
                                  [chunk_metadata(row) for row in rows])
        await connection.execute(
            """INSERT INTO embedding_models (fingerprint, collection, dimensions, document_count, model) VALUES (%s, %s, %s, %s, %s)
               ON CONFLICT (fingerprint) DO UPDATE SET fitted_at = now()""",
            (embedder.fingerprint, collection, embedder.dimensions, len(rows), embedder.to_bytes()))
        # Re-inserting an older fingerprint must make it current again: newest id wins.
        await connection.execute(
            "UPDATE embedding_models SET id = nextval('embedding_models_id_seq') WHERE fingerprint = %s AND id <> (SELECT max(id) FROM embedding_models)",
            (embedder.fingerprint,))
        logger.info("Fitted the local embedding model on %d chunks (%d dimensions, collection %s)", len(rows), embedder.dimensions, collection)
        self._current = model
        return model

    async def drop_stale_collections(self, connection: AsyncConnection) -> None:
        """After the refit's commit: the collections of older fits are no longer read."""
        rows = await (await connection.execute(
            "DELETE FROM embedding_models WHERE id < (SELECT max(id) FROM embedding_models) RETURNING collection")).fetchall()
        for row in rows:
            await self._chroma.delete_collection(row["collection"])

    def forget(self) -> None:
        self._current = None


def chunk_metadata(row: dict) -> dict[str, object]:
    return {"course_id": str(row["course_id"]), "lesson_id": str(row["lesson_id"]), "position": int(row["position"]),
            "lesson_title": row["lesson_title"], "module_title": row["module_title"], "language": row["language"]}


def searchable_text(row: dict) -> str:
    """What is embedded and keyword-indexed for a chunk: its lesson's title too (a question often names the topic
    the title states, not the words of the passage)."""
    return f"{row['lesson_title']}\n{row['text']}"
