"""OTLP/HTTP protobuf export: spans and log records are queued by the app and posted in batches by a daemon thread.

The posts use urllib, not httpx: the app's httpx clients are traced, and the exporter must never trace itself."""

from __future__ import annotations

import logging
import threading
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

from app.core.telemetry.generated.opentelemetry.proto.collector.logs.v1 import logs_service_pb2
from app.core.telemetry.generated.opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from app.core.telemetry.generated.opentelemetry.proto.common.v1 import common_pb2
from app.core.telemetry.generated.opentelemetry.proto.logs.v1 import logs_pb2
from app.core.telemetry.generated.opentelemetry.proto.resource.v1 import resource_pb2
from app.core.telemetry.generated.opentelemetry.proto.trace.v1 import trace_pb2
from app.core.telemetry.tracing import AttributeValue, Span

T = TypeVar("T")

MAX_QUEUE = 2048  # beyond this the oldest items are dropped: memory stays bounded when the collector is away
MAX_BATCH = 512  # a full batch is sent at once, without waiting for the schedule
TIMEOUT_S = 10.0
TRACER_SCOPE = "app.core.telemetry"  # the instrumentation scope of our spans

_log = logging.getLogger(__name__)


def parse_key_values(value: str | None) -> dict[str, str]:
    """`k1=v1,k2=v2` with URL-encoded values (OTEL_EXPORTER_OTLP_HEADERS, OTEL_RESOURCE_ATTRIBUTES).
    Pairs without `=` or key are skipped, as the spec allows, rather than failing the app's start."""
    pairs: dict[str, str] = {}
    for item in (value or "").split(","):
        key, sep, raw = item.partition("=")
        if sep and key.strip():
            pairs[key.strip()] = urllib.parse.unquote(raw.strip())
    return pairs


def to_any_value(value: AttributeValue) -> common_pb2.AnyValue:
    if isinstance(value, bool):  # before int: bool is an int subclass
        return common_pb2.AnyValue(bool_value=value)
    if isinstance(value, int) and -(2**63) <= value < 2**63:  # int64 on the wire; larger ints go as text
        return common_pb2.AnyValue(int_value=value)
    if isinstance(value, float):
        return common_pb2.AnyValue(double_value=value)
    return common_pb2.AnyValue(string_value=str(value))


def to_key_values(attributes: Mapping[str, AttributeValue]) -> list[common_pb2.KeyValue]:
    return [common_pb2.KeyValue(key=key, value=to_any_value(value)) for key, value in attributes.items()]


def encode_spans(spans: Sequence[Span], resource: resource_pb2.Resource) -> bytes:
    """An ExportTraceServiceRequest, the body of POST /v1/traces."""
    scope = common_pb2.InstrumentationScope(name=TRACER_SCOPE)
    scope_spans = trace_pb2.ScopeSpans(scope=scope, spans=[_span_to_proto(span) for span in spans])
    resource_spans = trace_pb2.ResourceSpans(resource=resource, scope_spans=[scope_spans])
    return trace_service_pb2.ExportTraceServiceRequest(resource_spans=[resource_spans]).SerializeToString()


def _span_to_proto(span: Span) -> trace_pb2.Span:
    return trace_pb2.Span(
        trace_id=span.context.trace_id,
        span_id=span.context.span_id,
        trace_state=span.context.trace_state,
        parent_span_id=span.parent_span_id,
        flags=span.context.trace_flags,
        name=span.name,
        kind=int(span.kind),
        start_time_unix_nano=span.start_time_unix_nano,
        end_time_unix_nano=span.end_time_unix_nano or span.start_time_unix_nano,
        attributes=to_key_values(span.attributes),
        events=[
            trace_pb2.Span.Event(time_unix_nano=e.time_unix_nano, name=e.name, attributes=to_key_values(e.attributes))
            for e in span.events
        ],
        status=trace_pb2.Status(code=int(span.status_code), message=span.status_message),
    )


def encode_logs(records: Sequence[tuple[str, logs_pb2.LogRecord]], resource: resource_pb2.Resource) -> bytes:
    """An ExportLogsServiceRequest, the body of POST /v1/logs. Records come as (logger name, record) and are grouped
    into one scope per logger: the dashboard shows the scope name as the log's category, as for the C# services."""
    by_logger: dict[str, list[logs_pb2.LogRecord]] = {}
    for logger_name, record in records:
        by_logger.setdefault(logger_name, []).append(record)
    scope_logs = [
        logs_pb2.ScopeLogs(scope=common_pb2.InstrumentationScope(name=name), log_records=logged)
        for name, logged in by_logger.items()
    ]
    resource_logs = logs_pb2.ResourceLogs(resource=resource, scope_logs=scope_logs)
    return logs_service_pb2.ExportLogsServiceRequest(resource_logs=[resource_logs]).SerializeToString()


class BatchExporter(Generic[T]):
    """Posts the queued items, encoded by `encode`, `delay_s` seconds after the first one arrives, or at once when
    MAX_BATCH are queued. Never blocks or raises into the app: a full queue drops its oldest item, a failed post its
    batch; both count in `dropped`."""

    def __init__(self, url: str, headers: Mapping[str, str], encode: Callable[[list[T]], bytes], delay_s: float, name: str) -> None:
        self.url = url
        self.exported = 0
        self.dropped = 0
        self._headers = {**headers, "Content-Type": "application/x-protobuf"}
        self._encode = encode
        self._delay_s = delay_s
        self._queue: deque[T] = deque()
        self._lock = threading.Condition()  # guards the queue, the counters and _stopping
        self._stopping = False
        self._failing = False  # warn once per outage, not once per batch
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def enqueue(self, item: T) -> None:
        with self._lock:
            if self._stopping:
                self.dropped += 1
                return
            if len(self._queue) >= MAX_QUEUE:
                self._queue.popleft()  # the newest items tell most about what is going on now
                self.dropped += 1
            self._queue.append(item)
            if len(self._queue) in (1, MAX_BATCH):  # wake the thread: work arrived / a batch is full
                self._lock.notify()

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Takes no more items, sends what is queued and stops the thread, waiting at most `timeout_s` seconds."""
        with self._lock:
            self._stopping = True
            self._lock.notify()
        self._thread.join(timeout_s)

    def _run(self) -> None:
        while True:
            with self._lock:
                # Sleep while idle, then give the batch `delay_s` to fill up.
                self._lock.wait_for(lambda: self._stopping or bool(self._queue))
                self._lock.wait_for(lambda: self._stopping or len(self._queue) >= MAX_BATCH, self._delay_s)
                batch = [self._queue.popleft() for _ in range(min(MAX_BATCH, len(self._queue)))]
                done = self._stopping and not self._queue
            if batch:
                self._send(batch)
            if done:
                return

    def _send(self, batch: list[T]) -> None:
        try:
            request = urllib.request.Request(self.url, data=self._encode(batch), headers=self._headers, method="POST")
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                response.read()
        except Exception as exc:  # whatever went wrong (refused, timeout, HTTP 4xx/5xx), the app must not notice
            with self._lock:
                self.dropped += len(batch)
            if not self._failing:
                # The OTLP log handler ignores this package's loggers, so this cannot feed back into the queue.
                _log.warning("OTLP export to %s failed, dropping telemetry until it recovers: %s", self.url, exc)
            self._failing = True
            return
        with self._lock:
            self.exported += len(batch)
        self._failing = False
