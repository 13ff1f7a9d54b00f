"""The event consumer against the graph's Redis and the service's database, on a stream and group of each test's own
(the service's own consumer keeps reading the platform's stream beside them)."""

from __future__ import annotations

import asyncio
import json
import uuid

from redis.asyncio import Redis

from app.events.consumer import EventConsumer
from tests.conftest import AiUnderTest


def consumer_on_own_stream(ai: AiUnderTest, redis: Redis, handlers: dict) -> tuple[EventConsumer, str, str]:
    stream, group = f"har:test-events:{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex[:8]}"
    consumer = EventConsumer(redis, ai.services.pool, ai.services.telemetry.tracer, handlers, "test-consumer",
                             block_ms=500, stream=stream, group=group)
    return consumer, stream, group


async def test_an_event_is_handled_once_and_acknowledged_even_when_delivered_twice(ai: AiUnderTest) -> None:
    redis = Redis.from_url(ai.services.settings.redis_url)
    seen: list[dict] = []

    async def on_thing(payload: dict, _connection) -> None:
        seen.append(payload)

    consumer, stream, group = consumer_on_own_stream(ai, redis, {"ThingHappened": on_thing})
    event_id = str(uuid.uuid4())
    for _ in range(2):  # the same event twice, as an outbox relay retrying after a lost reply would send it
        await redis.xadd(stream, {"type": "ThingHappened", "id": event_id, "payload": json.dumps({"n": 1})})
    running = asyncio.create_task(consumer.run())
    try:
        for _ in range(50):
            if seen and (await redis.xpending(stream, group))["pending"] == 0:
                break
            await asyncio.sleep(0.1)
    finally:
        consumer.stop()
        await asyncio.wait_for(running, consumer.stop_within_s)
    assert seen == [{"n": 1}]
    assert (await redis.xpending(stream, group))["pending"] == 0
    await redis.delete(stream)
    await redis.close()


async def test_stop_ends_a_blocked_read_and_leaves_the_connection_usable(ai: AiUnderTest) -> None:
    redis = Redis.from_url(ai.services.settings.redis_url)
    consumer, stream, _group = consumer_on_own_stream(ai, redis, {})
    running = asyncio.create_task(consumer.run())
    await asyncio.sleep(0.3)  # inside XREADGROUP ... BLOCK 500
    consumer.stop()
    await asyncio.wait_for(running, consumer.stop_within_s)
    assert running.exception() is None
    # Not cancelled mid-read: the pooled connection has no unanswered reply waiting to be read by the next command.
    assert await redis.ping() is True
    await redis.delete(stream)
    await asyncio.wait_for(redis.close(), 2)
