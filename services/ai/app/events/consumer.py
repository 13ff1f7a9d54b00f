"""The AI service's consumer group on the platform's event stream, with the C# event bus' rules (HarAcademy.EventBus'
StreamConsumer): stream `har:events`, entries `{id, type, payload (snake_case JSON), traceparent}`; one group for all
replicas (each event handled once per service); an entry is acknowledged only after its handler's effect and the inbox
row commit in one PostgreSQL transaction (exactly-once effect); one whose handler failed stays pending and is claimed
again after `retry_pending_after`; types the service does not handle are acknowledged unread.

Unlike the C# groups (created at "$", new events only), this group starts at the stream's beginning: the tutor and the
recommendations learn from whatever history the stream still holds (content and enrollments announced before its first
start). The rest comes from the courses service's re-announcement (see app/indexing/bootstrap.py)."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Awaitable, Callable

from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool
from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from app.core.telemetry import SpanKind, Tracer, parse_traceparent

logger = logging.getLogger("app.events")
STREAM = "har:events"
GROUP = "ai"

# A handler gets the event's payload and the open transaction its effect must be written in.
Handler = Callable[[dict[str, Any], AsyncConnection], Awaitable[None]]


class EventConsumer:
    def __init__(self, redis: Redis, pool: AsyncConnectionPool, tracer: Tracer, handlers: dict[str, Handler],
                 consumer_name: str, block_ms: int = 1000, retry_pending_after_ms: int = 30_000, reclaim_every_s: float = 10,
                 stream: str = STREAM, group: str = GROUP) -> None:
        self._redis = redis
        self._pool = pool
        self._tracer = tracer
        self._handlers = handlers
        self._consumer = consumer_name
        self._stream = stream
        self._group = group
        self._block_ms = block_ms
        self._retry_pending_after_ms = retry_pending_after_ms
        self._reclaim_every_s = reclaim_every_s
        self._group_exists = False
        self._stopping = False
        self.handled = asyncio.Event()  # pulsed after each pass that handled something (tests wait on it)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        last_reclaim = 0.0
        while not self._stopping:
            try:
                await self._ensure_group()
                if loop.time() - last_reclaim >= self._reclaim_every_s:
                    await self._reclaim()
                    last_reclaim = loop.time()
                await self._read_new()
            except asyncio.CancelledError:
                raise
            except Exception:  # the next pass retries; one bad pass must not stop the consumer
                logger.warning("Event consumer %s failed a pass; retrying", self._group, exc_info=True)
                await asyncio.sleep(1)

    def stop(self) -> None:
        """Ends `run` after its current pass: a blocked read returns within `block_ms`. Stopping this way rather than by
        cancelling keeps redis-py from handing back a connection whose blocked read is still unanswered."""
        self._stopping = True

    @property
    def stop_within_s(self) -> float:
        return self._block_ms / 1000 + 2

    async def _ensure_group(self) -> None:
        if self._group_exists:
            return
        try:
            await self._redis.xgroup_create(self._stream, self._group, id="0", mkstream=True)
        except ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise
        self._group_exists = True

    async def _read_new(self) -> None:
        try:
            response = await self._redis.xreadgroup(self._group, self._consumer, {self._stream: ">"}, count=50, block=self._block_ms)
        except ResponseError as error:
            if "NOGROUP" in str(error):
                self._group_exists = False  # the stream or group was deleted (a flushed Redis): recreate it
            raise
        for _stream, entries in response or []:
            await self._handle_all(entries)

    async def _reclaim(self) -> None:
        result = await self._redis.xautoclaim(self._stream, self._group, self._consumer, self._retry_pending_after_ms, "0-0", count=50)
        await self._handle_all(result[1] if len(result) > 1 else [])

    async def _handle_all(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        for entry_id, fields in entries:
            if entry_id is None or fields is None:
                continue  # claimed entries the trimmer already removed
            values = {key.decode(): value.decode() for key, value in fields.items()}
            handler = self._handlers.get(values.get("type", ""))
            if handler is not None:
                try:
                    await self._handle_once(values, handler)
                except Exception:
                    # Left pending: claimed again after retry_pending_after. The entries after it go on.
                    logger.warning("Handling %s event %s failed; it will be retried", values.get("type"), values.get("id"), exc_info=True)
                    continue
            await self._redis.xack(self._stream, self._group, entry_id)
        if entries:
            self.handled.set()
            self.handled.clear()

    async def _handle_once(self, values: dict[str, str], handler: Handler) -> None:
        event_type, event_id = values["type"], values["id"]
        parent = parse_traceparent(values.get("traceparent") or "")
        with self._tracer.start_span(f"{self._stream} process {event_type}", kind=SpanKind.CONSUMER, parent=parent,
                                     attributes={"messaging.system": "redis", "messaging.destination.name": self._stream,
                                                 "messaging.consumer.group.name": self._group, "messaging.message.id": event_id}):
            payload = json.loads(values.get("payload") or "{}")
            async with self._pool.connection() as connection, connection.transaction():
                inserted = await connection.execute(
                    "INSERT INTO inbox_messages (consumer_group, event_id, event_type) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                    (self._group, event_id, event_type))
                if inserted.rowcount == 0:
                    return  # handled before (a redelivery): only acknowledged
                await handler(payload, connection)
