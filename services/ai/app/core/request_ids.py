"""The `X-Request-Id` contract every Har service follows (HarAcademy.ServiceDefaults' RequestId): a short, plain
incoming id is kept (the gateway makes one per request), anything else is replaced; it is answered in the response,
written on every log line and sent on outgoing calls."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "x-request-id"
_WELL_FORMED = re.compile(r"[A-Za-z0-9\-_.:]{1,128}")
current_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


def is_well_formed(candidate: str | None) -> bool:
    return bool(candidate) and _WELL_FORMED.fullmatch(candidate or "") is not None


def new_request_id() -> str:
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Pure ASGI (not BaseHTTPMiddleware), so streamed answers are not buffered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = next((value.decode("latin-1") for name, value in scope["headers"] if name == b"x-request-id"), None)
        request_id = incoming if incoming is not None and is_well_formed(incoming) else new_request_id()
        token = current_request_id.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(name, value) for name, value in message.get("headers", []) if name != b"x-request-id"]
                message["headers"] = [*headers, (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            current_request_id.reset(token)
