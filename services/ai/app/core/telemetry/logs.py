"""A `logging.Handler` that turns records into OTLP LogRecords, tied to the current span, for the logs exporter."""

from __future__ import annotations

import logging
import time

from app.core.telemetry.context import current_span
from app.core.telemetry.export import BatchExporter, to_key_values
from app.core.telemetry.generated.opentelemetry.proto.common.v1 import common_pb2
from app.core.telemetry.generated.opentelemetry.proto.logs.v1 import logs_pb2
from app.core.telemetry.tracing import AttributeValue, exception_attributes

# (lowest Python level, OTLP severity), highest first: levels in between (e.g. 25) take the one below them.
_SEVERITIES = (
    (logging.CRITICAL, logs_pb2.SEVERITY_NUMBER_FATAL),
    (logging.ERROR, logs_pb2.SEVERITY_NUMBER_ERROR),
    (logging.WARNING, logs_pb2.SEVERITY_NUMBER_WARN),
    (logging.INFO, logs_pb2.SEVERITY_NUMBER_INFO),
    (logging.DEBUG, logs_pb2.SEVERITY_NUMBER_DEBUG),
)
# What every LogRecord has: anything else on a record came from `extra=` or a filter (request_id) and is exported.
# color_message is uvicorn's copy of the message with terminal colour codes: noise in the dashboard.
_STANDARD_FIELDS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message"}
_OWN_PACKAGE = __name__.rpartition(".")[0]

QueuedLog = tuple[str, logs_pb2.LogRecord]  # (logger name, record): see export.encode_logs


class OtlpLogHandler(logging.Handler):
    def __init__(self, exporter: BatchExporter[QueuedLog], level: int = logging.NOTSET) -> None:
        super().__init__(level)
        self._exporter = exporter

    def emit(self, record: logging.LogRecord) -> None:
        # The exporter's own warnings (the collector is down) must not be queued on that very exporter.
        if record.name == _OWN_PACKAGE or record.name.startswith(_OWN_PACKAGE + "."):
            return
        try:
            self._exporter.enqueue((record.name, to_log_record(record)))
        except Exception:
            self.handleError(record)


def to_log_record(record: logging.LogRecord) -> logs_pb2.LogRecord:
    attributes: dict[str, AttributeValue] = {
        key: value
        for key, value in vars(record).items()
        if key not in _STANDARD_FIELDS and isinstance(value, (str, int, float, bool))
    }
    attributes["code.namespace"] = record.name
    if record.exc_info and record.exc_info[1] is not None:
        attributes.update(exception_attributes(record.exc_info[1]))
    # Read here, in the emitting thread/task: the exporter thread has no current span.
    span = current_span()
    return logs_pb2.LogRecord(
        time_unix_nano=int(record.created * 1e9),
        observed_time_unix_nano=time.time_ns(),
        severity_number=severity_number(record.levelno),
        severity_text=record.levelname,
        body=common_pb2.AnyValue(string_value=record.getMessage()),
        attributes=to_key_values(attributes),
        trace_id=span.context.trace_id if span else b"",
        span_id=span.context.span_id if span else b"",
        flags=span.context.trace_flags if span else 0,
    )


def severity_number(levelno: int) -> int:
    return next((number for threshold, number in _SEVERITIES if levelno >= threshold), logs_pb2.SEVERITY_NUMBER_TRACE)
