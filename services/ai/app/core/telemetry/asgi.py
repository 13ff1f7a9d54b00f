"""A SERVER span per HTTP request, continuing the caller's trace. Pure ASGI, not BaseHTTPMiddleware, so streamed
answers (server-sent events) pass through unbuffered and the span lasts until their last byte."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.telemetry.context import parse_traceparent
from app.core.telemetry.tracing import AttributeValue, Span, SpanKind, StatusCode, Tracer


class TracingMiddleware:
    def __init__(self, app: ASGIApp, tracer: Tracer, excluded_paths: Iterable[str] = ("/health", "/alive")) -> None:
        self.app = app
        self._tracer = tracer
        self._excluded = frozenset(excluded_paths)  # probes every few seconds would drown the real traces

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self._excluded:
            await self.app(scope, receive, send)
            return
        headers = _first_headers(scope)
        parent = parse_traceparent(headers.get("traceparent"), headers.get("tracestate"))
        method, path = scope["method"], scope["path"]  # read now: Starlette's Mount rewrites scope["path"]
        attributes: dict[str, AttributeValue] = {"http.request.method": method, "url.path": path}
        host = headers.get("host") or (scope.get("server") or ("",))[0]
        if host:
            attributes["server.address"] = urlsplit(f"//{host}").hostname or host
        if "user-agent" in headers:
            attributes["user_agent.original"] = headers["user-agent"]
        response_started = False

        with self._tracer.start_span(f"{method} {path}", SpanKind.SERVER, attributes, parent=parent) as span:

            async def send_traced(message: Message) -> None:
                nonlocal response_started
                if message["type"] == "http.response.start":
                    response_started = True
                    _set_status_code(span, message["status"])
                await send(message)
                if message["type"] == "http.response.body" and not message.get("more_body", False):
                    # The answer is complete: end now rather than when the app returns, so that background tasks
                    # run after the response do not stretch the request's span.
                    _name_after_route(span, scope, method)
                    span.end()

            try:
                await self.app(scope, receive, send_traced)
            except Exception:
                if not response_started:
                    _set_status_code(span, 500)  # what Starlette's ServerErrorMiddleware, outside us, will answer
                raise
            finally:
                _name_after_route(span, scope, method)


def _first_headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in scope["headers"]:
        headers.setdefault(name.decode("latin-1"), value.decode("latin-1"))
    return headers


def _set_status_code(span: Span, status: int) -> None:
    span.set_attribute("http.response.status_code", status)
    if status >= 500:  # 4xx are the client's errors, not the server span's (OpenTelemetry HTTP conventions)
        span.set_status(StatusCode.ERROR)


def _name_after_route(span: Span, scope: Scope, method: str) -> None:
    """Routing has run by now: name the span by the route's template (/courses/{id}), which groups requests, rather
    than by the raw path."""
    template = getattr(scope.get("route"), "path", None)
    if span.ended or not isinstance(template, str):
        return
    span.name = f"{method} {template}"
    span.set_attribute("http.route", template)
