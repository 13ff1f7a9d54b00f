"""W3C Trace Context (https://www.w3.org/TR/trace-context/): the `traceparent` header, new ids, and the span the
running code is in."""

from __future__ import annotations

import re
import secrets
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # tracing imports this module: only the type checker needs Span here.
    from app.core.telemetry.tracing import Span

SAMPLED_FLAG = 0x01
_INVALID_TRACE_ID = bytes(16)
_INVALID_SPAN_ID = bytes(8)
# version-traceid-parentid-flags, lowercase hex only (the spec forbids uppercase). A future version may append
# "-..." fields, which we must ignore; version 00 must not have them.
_TRACEPARENT = re.compile(r"([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?")


@dataclass(frozen=True)
class SpanContext:
    """What crosses process boundaries: ids, flags and the vendors' `tracestate`, passed on untouched."""

    trace_id: bytes
    span_id: bytes
    trace_flags: int = SAMPLED_FLAG
    trace_state: str = ""

    @property
    def sampled(self) -> bool:
        return bool(self.trace_flags & SAMPLED_FLAG)

    def to_traceparent(self) -> str:
        return format_traceparent(self)


def parse_traceparent(traceparent: str | None, tracestate: str | None = None) -> SpanContext | None:
    """The remote parent, or None when the header is missing or invalid (the caller then starts a new trace)."""
    match = _TRACEPARENT.fullmatch(traceparent.strip()) if traceparent else None
    if match is None:
        return None
    version, trace_id, span_id, flags, rest = match.groups()
    if version == "ff" or (version == "00" and rest is not None):
        return None
    context = SpanContext(bytes.fromhex(trace_id), bytes.fromhex(span_id), int(flags, 16), (tracestate or "").strip())
    if context.trace_id == _INVALID_TRACE_ID or context.span_id == _INVALID_SPAN_ID:
        return None
    return context


def format_traceparent(context: SpanContext) -> str:
    # We speak version 00, which defines only the sampled flag: other bits are not ours to pass on.
    return f"00-{context.trace_id.hex()}-{context.span_id.hex()}-{context.trace_flags & SAMPLED_FLAG:02x}"


def new_trace_id() -> bytes:
    return _random_id(16)


def new_span_id() -> bytes:
    return _random_id(8)


def _random_id(size: int) -> bytes:
    # All zeroes means "invalid" on the wire: draw again in that (astronomically unlikely) case.
    value = secrets.token_bytes(size)
    while not any(value):
        value = secrets.token_bytes(size)
    return value


# One value per asyncio task / thread: concurrent requests never see each other's span.
# Set and reset by Tracer.start_span only.
current_span_var: ContextVar[Span | None] = ContextVar("current_span", default=None)


def current_span() -> Span | None:
    """The span the calling code runs in, if any."""
    return current_span_var.get()
