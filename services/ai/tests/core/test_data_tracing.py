"""PostgreSQL statements and Redis commands as CLIENT spans inside the span that caused them, against the graph's real
PostgreSQL and Redis; nothing recorded outside a span, and no parameter value in any span."""

from __future__ import annotations

from typing import AsyncIterator

import psycopg
import pytest

from app.core import db
from app.core.config import npgsql_to_libpq, stackexchange_to_redis_url
from app.core.telemetry import SpanKind, StatusCode, Tracer, traced_cursor_class, traced_redis_class
from app.core.telemetry.tracing import Span
from tests.graph import Graph


@pytest.fixture
async def traced(graph: Graph) -> AsyncIterator[tuple[Tracer, list[Span], object, object]]:
    ended: list[Span] = []
    tracer = Tracer(on_end=ended.append)
    conninfo = npgsql_to_libpq(graph.aidb)
    pool = db.create_pool(conninfo, traced_cursor_class(tracer, conninfo))
    await pool.open(wait=True, timeout=30)
    redis = traced_redis_class(tracer).from_url(stackexchange_to_redis_url(graph.redis))
    yield tracer, ended, pool, redis
    await redis.close()
    await pool.close()


async def test_a_statement_is_a_child_span_with_its_text_and_no_values(traced) -> None:
    tracer, ended, pool, _ = traced
    with tracer.start_span("GET /something", SpanKind.SERVER) as request:
        async with pool.connection() as connection:
            row = await (await connection.execute("SELECT %s::text AS secret", ("a learner's words",))).fetchone()
    assert row["secret"] == "a learner's words"
    [statement] = [span for span in ended if span.kind == SpanKind.CLIENT]
    assert statement.name == "SELECT har_ai"
    assert statement.parent_span_id == request.context.span_id and statement.context.trace_id == request.context.trace_id
    assert statement.attributes["db.system.name"] == "postgresql" and statement.attributes["db.namespace"] == "har_ai"
    assert statement.attributes["db.query.text"] == "SELECT %s::text AS secret"
    assert all("learner" not in str(value) for value in statement.attributes.values())


async def test_a_failing_statement_is_an_error_span(traced) -> None:
    tracer, ended, pool, _ = traced
    with tracer.start_span("POST /something", SpanKind.SERVER):
        async with pool.connection() as connection:
            with pytest.raises(psycopg.errors.UndefinedTable):
                await connection.execute("SELECT * FROM no_such_table")
    [statement] = [span for span in ended if span.kind == SpanKind.CLIENT]
    assert statement.status_code == StatusCode.ERROR


async def test_redis_commands_are_spans_by_name_only(traced) -> None:
    tracer, ended, _, redis = traced
    with tracer.start_span("GET /something", SpanKind.SERVER) as request:
        await redis.set("har:test:tracing", "a secret value", ex=60)
        assert await redis.get("har:test:tracing") == b"a secret value"
    names = [(span.name, span.parent_span_id) for span in ended if span.kind == SpanKind.CLIENT]
    assert names == [("SET", request.context.span_id), ("GET", request.context.span_id)]
    assert all(span.attributes["db.system.name"] == "redis" for span in ended if span.kind == SpanKind.CLIENT)
    assert all("secret" not in str(value) and "har:test" not in str(value) for span in ended for value in span.attributes.values())


async def test_calls_outside_any_span_are_not_traced(traced) -> None:
    _, ended, pool, redis = traced
    async with pool.connection() as connection:
        await connection.execute("SELECT 1")
    await redis.ping()
    assert ended == []
