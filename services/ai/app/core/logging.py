"""JSON log lines on stdout, like the C# services' (HarAcademy.ServiceDefaults' JsonConsoleLogging): one object per
record with the request id and the W3C trace context, so the dashboard's console view and a log shipper can join them
to the request and its trace."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from typing import Callable

from app.core.request_ids import current_request_id

# Returns (trace_id, span_id) of the span the code runs in, or None (the telemetry package provides it).
SpanIds = Callable[[], "tuple[str, str] | None"]

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def __init__(self, span_ids: SpanIds) -> None:
        super().__init__()
        self._span_ids = span_ids

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "timestamp": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "category": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None) or current_request_id.get()
        if request_id:
            entry["request_id"] = request_id
        ids = self._span_ids()
        if ids:
            entry["trace_id"], entry["span_id"] = ids
        for key, value in record.__dict__.items():
            if key not in _RESERVED and key not in entry and isinstance(value, (str, int, float, bool)):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class RequestIdFilter(logging.Filter):
    """Puts the request id on the record itself, so every handler (the OTLP one too) sees it as an attribute."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            request_id = current_request_id.get()
            if request_id:
                record.request_id = request_id
        return True


def configure_logging(span_ids: SpanIds, extra_handlers: list[logging.Handler] | None = None, level: int = logging.INFO) -> None:
    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(JsonFormatter(span_ids))
    handlers = [console, *(extra_handlers or [])]
    for handler in handlers:
        handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers = handlers
    root.setLevel(level)
    # uvicorn's own loggers go through the same JSON handlers.
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
