"""A CLIENT span per outgoing httpx request, and the `traceparent` header that lets the called (C#) service
continue the same trace."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import httpx

from app.core.telemetry.tracing import Span, SpanKind, StatusCode, Tracer

_DEFAULT_PORTS = {"http": 80, "https": 443}


class TracingTransport(httpx.AsyncBaseTransport):
    """Wraps the transport doing the work: `httpx.AsyncClient(transport=TracingTransport(httpx.AsyncHTTPTransport(),
    tracer))`. A transport, unlike event hooks, sees the whole exchange: the span ends when the body is closed."""

    def __init__(self, inner: httpx.AsyncBaseTransport, tracer: Tracer) -> None:
        self._inner = inner
        self._tracer = tracer

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        span = self._tracer.create_span(
            request.method,
            SpanKind.CLIENT,
            {
                "http.request.method": request.method,
                "url.full": str(url.copy_with(userinfo=b"")),  # credentials never go into telemetry
                "server.address": url.host,
                "server.port": url.port or _DEFAULT_PORTS.get(url.scheme, 0),
            },
        )
        request.headers["traceparent"] = span.context.to_traceparent()
        if span.context.trace_state:
            request.headers["tracestate"] = span.context.trace_state
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:
            span.record_exception(exc)
            span.end()
            raise
        span.set_attribute("http.response.status_code", response.status_code)
        if response.status_code >= 400:  # for a client, any error answer is a failed call
            span.set_status(StatusCode.ERROR)
        if response.is_closed:  # a body already read in full (canned answers, e.g. MockTransport): done
            span.end()
        else:  # an async transport always returns an async stream (httpx asserts the same right after us)
            response.stream = _EndSpanOnClose(cast(httpx.AsyncByteStream, response.stream), span)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _EndSpanOnClose(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, span: Span) -> None:
        self._inner = inner
        self._span = span

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:  # e.g. a read timeout in the middle of a streamed body
            self._span.record_exception(exc)
            raise

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._span.end()
