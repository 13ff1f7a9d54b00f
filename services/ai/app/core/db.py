"""PostgreSQL (har_ai) through a psycopg connection pool, and the schema's migrations: numbered SQL files applied in
order, each once, under an advisory lock so replicas starting together do not race (what EF Core's migrations do for
the C# services, written small by hand because Debian has no Alembic)."""

from __future__ import annotations

import logging
from pathlib import Path

from psycopg import AsyncConnection, AsyncCursor
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

logger = logging.getLogger("app.db")
MIGRATIONS = Path(__file__).parent / "migrations"
_LOCK_KEY = 0x4A1_DB  # any constant shared by every replica of this service


def create_pool(conninfo: str, cursor_class: type[AsyncCursor] | None = None) -> AsyncConnectionPool:
    # Rows as dicts; opened in the app's lifespan. (psycopg_pool 3.1 discards a connection returned broken; checking
    # each one before lending it came with 3.2.) `cursor_class`: the traced one (app.core.telemetry).
    kwargs: dict = {"row_factory": dict_row}
    if cursor_class is not None:
        kwargs["cursor_factory"] = cursor_class
    return AsyncConnectionPool(conninfo, min_size=1, max_size=10, open=False, kwargs=kwargs)


async def migrate(pool: AsyncConnectionPool) -> None:
    async with pool.connection() as connection:
        await _migrate(connection)


async def _migrate(connection: AsyncConnection) -> None:
    async with connection.transaction():
        await connection.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        await connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        applied = {row["name"] for row in await (await connection.execute("SELECT name FROM schema_migrations")).fetchall()}
        for script in sorted(MIGRATIONS.glob("*.sql")):
            if script.name in applied:
                continue
            logger.info("Applying migration %s", script.name)
            await connection.execute(script.read_text(encoding="utf-8"))
            await connection.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (script.name,))
