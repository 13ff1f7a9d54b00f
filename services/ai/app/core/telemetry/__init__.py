"""Traces and logs for the Aspire dashboard over OTLP/HTTP (protobuf), and W3C trace context propagation.

Hand-written on purpose: the service runs on Debian's packages only (no PyPI), and Debian ships no OpenTelemetry
Python SDK, only `python3-protobuf` and `protoc`. So this package is a small SDK of its own, limited to what the
service needs: spans with a contextvars-based current span, `traceparent` in and out (ASGI server middleware, httpx
client transport), a `logging` handler, and batching exporters posting OTLP protobuf messages generated from the
upstream .proto files (subset in proto/, regenerate generated/ with scripts/generate-otlp.sh).

Usage: `telemetry = configure_telemetry("ai")` at startup; `instrument_app(app, telemetry)`; give logging
`current_span_ids` and `telemetry.log_handler` (None without an OTLP endpoint); wrap the httpx clients' transports in
`TracingTransport(inner, telemetry.tracer)`, the database pool's cursors in `traced_cursor_class(...)` and Redis in
`traced_redis_class(...)`; `telemetry.shutdown()` when the app stops, to send what is queued.
"""

from app.core.telemetry.asgi import TracingMiddleware
from app.core.telemetry.context import SpanContext, current_span, format_traceparent, parse_traceparent
from app.core.telemetry.data_tracing import traced_cursor_class, traced_redis_class
from app.core.telemetry.httpx_tracing import TracingTransport
from app.core.telemetry.setup import Telemetry, configure_telemetry, instrument_app
from app.core.telemetry.tracing import Span, SpanKind, StatusCode, Tracer, current_span_ids, current_traceparent

__all__ = [
    "Span", "SpanContext", "SpanKind", "StatusCode", "Telemetry", "Tracer", "TracingMiddleware", "TracingTransport",
    "configure_telemetry", "current_span", "current_span_ids", "current_traceparent", "format_traceparent",
    "instrument_app", "parse_traceparent", "traced_cursor_class", "traced_redis_class",
]
