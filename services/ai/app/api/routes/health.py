"""Health as every Har service answers it (Aspire and Kubernetes probe both, in every environment): `/alive` says the
process runs; `/health` also checks what it cannot work without (PostgreSQL, Redis, Chroma), without details."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends
from fastapi.responses import PlainTextResponse

from app.api.deps import get_services
from app.core.services import Services

router = APIRouter(include_in_schema=False)


@router.get("/alive", response_class=PlainTextResponse)
async def alive() -> str:
    return "Healthy"


@router.get("/health", response_class=PlainTextResponse)
async def health(services: Services = Depends(get_services)) -> PlainTextResponse:
    async def database() -> None:
        async with services.pool.connection() as connection:
            await connection.execute("SELECT 1")

    checks = await asyncio.gather(
        asyncio.wait_for(database(), 5), asyncio.wait_for(services.redis.ping(), 5), asyncio.wait_for(services.chroma.heartbeat(), 5),
        return_exceptions=True)
    healthy = not any(isinstance(result, BaseException) for result in checks)
    return PlainTextResponse("Healthy" if healthy else "Unhealthy", status_code=200 if healthy else 503)
