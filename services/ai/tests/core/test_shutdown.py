"""The service's shutdown steps are bounded: one that never ends is left behind, and the next steps still run."""

from __future__ import annotations

import asyncio
import logging
import time

from app.core.services import close_within


async def test_a_step_that_ignores_its_cancellation_is_left_behind_in_time(caplog) -> None:
    released = False

    async def stuck() -> None:
        while True:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                if released:
                    raise
                # else a cleanup that swallows its cancellation (the shape of the hang this guards against)

    step = asyncio.ensure_future(stuck())
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="app.services"):
        await close_within("the stuck step", step, 0.2)
    assert time.monotonic() - started < 2
    assert "the stuck step did not close within" in caplog.text
    assert not step.done()
    released = True
    step.cancel()
    await asyncio.wait({step})


async def test_a_failing_step_is_logged_and_does_not_raise(caplog) -> None:
    async def failing() -> None:
        raise ConnectionResetError("peer gone")

    with caplog.at_level(logging.WARNING, logger="app.services"):
        await close_within("Redis", failing(), 1)
    assert "closing Redis failed" in caplog.text


async def test_a_step_that_ends_says_nothing(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="app.services"):
        await close_within("the pool", asyncio.sleep(0), 1)
    assert caplog.text == ""
