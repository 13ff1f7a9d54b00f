"""Shared fixtures: one graph for the whole run (tests/graph.py), the AI app running in this process against it (its
lifespan started, so the event consumer and the content bootstrap run as in production), and the platform's services
to act through."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import AsyncIterator, Awaitable, Callable, Iterator, TypeVar

import httpx
import pytest
from fastapi import FastAPI

from app.core.config import Settings
from app.core.services import Services
from tests.graph import Graph, RunningGraph
from tests.platform import Platform

OPERATOR_KEY = "ai-suite-operator-key"
T = TypeVar("T")


@pytest.fixture(scope="session")
def event_loop() -> Iterator[asyncio.AbstractEventLoop]:
    # One loop for the session: the app and its background tasks live as long as the run.
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def graph() -> Iterator[Graph]:
    running = RunningGraph()
    try:
        yield running.start()
    finally:
        running.stop()


def settings_for(graph: Graph, **overrides: object) -> Settings:
    values: dict[str, object] = dict(database=graph.aidb, redis=graph.redis, chroma=graph.chroma, courses_url=graph.courses,
                                     auth_url=graph.auth, content_sync_key=graph.content_sync_key, operator_key=OPERATOR_KEY,
                                     chat_messages_per_minute=1000)
    values.update(overrides)
    return Settings(**values)


@dataclass
class AiUnderTest:
    app: FastAPI
    client: httpx.AsyncClient

    @property
    def services(self) -> Services:
        return self.app.state.services


@pytest.fixture(scope="session")
async def ai(graph: Graph) -> AsyncIterator[AiUnderTest]:
    from app.main import create_app

    app = create_app(settings_for(graph))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(app=app, base_url="http://ai", timeout=60) as client:
            yield AiUnderTest(app, client)


@pytest.fixture(scope="session")
async def platform(graph: Graph) -> AsyncIterator[Platform]:
    platform = Platform(graph.auth, graph.courses, graph.admin_email, graph.admin_password)
    yield platform
    await platform.close()


async def eventually(probe: Callable[[], Awaitable[T]], accept: Callable[[T], bool], timeout: float = 20) -> T:
    """Polls `probe` until `accept` holds (events travel through the outbox and the stream: moments, not instantly)."""
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if accept(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {timeout} s")
        await asyncio.sleep(0.2)
