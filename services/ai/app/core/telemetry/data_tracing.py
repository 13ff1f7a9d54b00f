"""CLIENT spans for the service's PostgreSQL statements (psycopg) and Redis commands (redis-py), inside the span that
caused them, so a request's trace in the dashboard shows its queries as the C# services' do.

Only calls made inside a span are traced: the event consumer polls Redis every second and a background pass reads the
database between events; a span for each would bury the dashboard in one-span traces. Statements are recorded as
written, with their `%s` placeholders: parameter values (what users wrote, ids, keys) never go into telemetry.
Redis commands are recorded by name only, for the same reason."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from psycopg import AsyncCursor, sql
from psycopg.conninfo import conninfo_to_dict
from redis.asyncio import Redis

from app.core.telemetry.context import current_span
from app.core.telemetry.tracing import Attributes, SpanKind, Tracer

MAX_STATEMENT_CHARS = 2000


def traced_cursor_class(tracer: Tracer, conninfo: str) -> type[AsyncCursor]:
    """A cursor class for `psycopg.AsyncConnection.connect(cursor_factory=...)`: `connection.execute` goes through it."""
    info = conninfo_to_dict(conninfo)
    database = str(info.get("dbname") or "")
    server: Attributes = {"db.system.name": "postgresql", "db.namespace": database,
                          "server.address": str(info.get("host") or ""), "server.port": int(info.get("port") or 5432)}

    class TracedCursor(AsyncCursor):
        async def execute(self, query: Any, params: Any = None, **kwargs: Any) -> "TracedCursor":
            with _client_span(tracer, _statement(query, self), database, server):
                return await super().execute(query, params, **kwargs)

        async def executemany(self, query: Any, params_seq: Any, **kwargs: Any) -> None:
            with _client_span(tracer, _statement(query, self), database, server):
                await super().executemany(query, params_seq, **kwargs)

    return TracedCursor


def traced_redis_class(tracer: Tracer) -> type[Redis]:
    """A `redis.asyncio.Redis` whose commands are spans (`TracedRedis.from_url(url)`); pipelines are not traced."""

    class TracedRedis(Redis):
        async def execute_command(self, *args: Any, **options: Any) -> Any:
            if current_span() is None:
                return await super().execute_command(*args, **options)
            command = str(args[0]).upper() if args else ""
            settings = self.connection_pool.connection_kwargs
            attributes: Attributes = {"db.system.name": "redis", "db.operation.name": command,
                                      "db.namespace": str(settings.get("db", 0)),
                                      "server.address": str(settings.get("host", "")), "server.port": int(settings.get("port", 6379))}
            with tracer.start_span(command, SpanKind.CLIENT, attributes):
                return await super().execute_command(*args, **options)

    return TracedRedis


@contextlib.contextmanager
def _client_span(tracer: Tracer, statement: str, database: str, server: Attributes) -> Iterator[None]:
    if current_span() is None:
        yield
        return
    operation = statement.split(None, 1)[0].upper() if statement.strip() else "QUERY"
    attributes = {**server, "db.operation.name": operation, "db.query.text": statement[:MAX_STATEMENT_CHARS]}
    with tracer.start_span(f"{operation} {database}".strip(), SpanKind.CLIENT, attributes):
        yield


def _statement(query: Any, cursor: AsyncCursor) -> str:
    if isinstance(query, str):
        return query
    if isinstance(query, bytes):
        return query.decode(errors="replace")
    if isinstance(query, sql.Composable):
        try:
            return query.as_string(cursor)
        except Exception:  # noqa: BLE001 (a statement we cannot render is still a span, without its text)
            return ""
    return ""
