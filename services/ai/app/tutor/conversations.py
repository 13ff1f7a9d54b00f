"""A tutor conversation belongs to one user and one course; its messages are kept so the learner finds them again and
follow-up questions can lean on the previous one."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict
from typing import Any

from psycopg_pool import AsyncConnectionPool

from app.nlp.extractive import Citation

HISTORY = 6  # messages a new question sees


class Conversations:
    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool

    async def open(self, user_id: uuid.UUID, course_id: uuid.UUID, conversation_id: uuid.UUID | None) -> uuid.UUID | None:
        """The conversation to continue (None when it is not this user's on this course), or a new one."""
        async with self._pool.connection() as connection:
            if conversation_id is not None:
                row = await (await connection.execute(
                    "SELECT id FROM conversations WHERE id = %s AND user_id = %s AND course_id = %s",
                    (conversation_id, user_id, course_id))).fetchone()
                return row["id"] if row else None
            new_id = uuid.uuid4()
            await connection.execute("INSERT INTO conversations (id, user_id, course_id) VALUES (%s, %s, %s)", (new_id, user_id, course_id))
            return new_id

    async def history(self, conversation_id: uuid.UUID) -> list[dict[str, Any]]:
        async with self._pool.connection() as connection:
            rows = await (await connection.execute(
                "SELECT role, content FROM messages WHERE conversation_id = %s ORDER BY id DESC LIMIT %s",
                (conversation_id, HISTORY))).fetchall()
        return list(reversed(rows))

    async def record(self, conversation_id: uuid.UUID, question: str, answer: str, citations: list[Citation],
                     answered: bool, mode: str) -> None:
        async with self._pool.connection() as connection, connection.transaction():
            await connection.execute("INSERT INTO messages (conversation_id, role, content) VALUES (%s, 'user', %s)", (conversation_id, question))
            await connection.execute(
                "INSERT INTO messages (conversation_id, role, content, citations, answered_from_course, mode) VALUES (%s, 'assistant', %s, %s, %s, %s)",
                (conversation_id, answer, json.dumps([asdict(citation) for citation in citations]), answered, mode))
            await connection.execute("UPDATE conversations SET updated_at = now() WHERE id = %s", (conversation_id,))

    async def list_for(self, user_id: uuid.UUID, course_id: uuid.UUID) -> list[dict[str, Any]]:
        async with self._pool.connection() as connection:
            return await (await connection.execute(
                """SELECT c.id, c.created_at, c.updated_at,
                          (SELECT content FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user' ORDER BY id LIMIT 1) AS first_question
                   FROM conversations c WHERE c.user_id = %s AND c.course_id = %s ORDER BY c.updated_at DESC LIMIT 50""",
                (user_id, course_id))).fetchall()

    async def messages(self, user_id: uuid.UUID, conversation_id: uuid.UUID) -> list[dict[str, Any]] | None:
        async with self._pool.connection() as connection:
            owner = await (await connection.execute("SELECT course_id FROM conversations WHERE id = %s AND user_id = %s",
                                                    (conversation_id, user_id))).fetchone()
            if owner is None:
                return None
            return await (await connection.execute(
                "SELECT role, content, citations, answered_from_course, mode, created_at FROM messages WHERE conversation_id = %s ORDER BY id",
                (conversation_id,))).fetchall()
