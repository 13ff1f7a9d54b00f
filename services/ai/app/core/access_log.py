"""One log line per request (method, path, status, duration), written when the response is complete: uvicorn's own
access log is off, since it knows neither the request id nor the trace. Health probes are not logged."""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("app.requests")
QUIET_PATHS = ("/health", "/alive")


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in QUIET_PATHS:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            logger.info("HTTP %s %s responded %d in %.1f ms", scope["method"], scope["path"], status,
                        (time.perf_counter() - started) * 1000,
                        extra={"http_method": scope["method"], "url_path": scope["path"], "http_status": status})
