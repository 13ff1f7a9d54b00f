"""Per-user budgets in Redis (fixed one-minute windows shared by every replica): the tutor's answers cost CPU, or an
LLM's tokens, so one account cannot take them all."""

from __future__ import annotations

import time

from redis.asyncio import Redis


class RateLimiter:
    def __init__(self, redis: Redis, prefix: str, per_minute: int) -> None:
        self._redis = redis
        self._prefix = prefix
        self._per_minute = per_minute

    async def try_acquire(self, key: str) -> int | None:
        """None when allowed; otherwise the seconds until the window resets (for Retry-After)."""
        now = time.time()
        window = int(now // 60)
        redis_key = f"{self._prefix}:{key}:{window}"
        async with self._redis.pipeline(transaction=True) as pipeline:
            count, _ = await pipeline.incr(redis_key).expire(redis_key, 120).execute()
        if count > self._per_minute:
            return max(1, int((window + 1) * 60 - now))
        return None
