"""Wiring: reads the OTEL_* environment (as Aspire sets it) once, and builds the tracer, the exporters and the log
handler. Nothing happens at import: the app calls `configure_telemetry` at startup and `shutdown` at the end."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from functools import partial

from fastapi import FastAPI

from app.core.telemetry.asgi import TracingMiddleware
from app.core.telemetry.export import BatchExporter, encode_logs, encode_spans, parse_key_values, to_key_values
from app.core.telemetry.generated.opentelemetry.proto.resource.v1 import resource_pb2
from app.core.telemetry.logs import OtlpLogHandler, QueuedLog
from app.core.telemetry.tracing import AttributeValue, Sampler, Span, Tracer

DEFAULT_DELAY_MS = 5000
_log = logging.getLogger(__name__)


@dataclass
class Telemetry:
    tracer: Tracer
    # None when OTEL_EXPORTER_OTLP_ENDPOINT is unset: spans then only carry context (logs, propagation).
    span_exporter: BatchExporter[Span] | None = None
    log_exporter: BatchExporter[QueuedLog] | None = None
    log_handler: OtlpLogHandler | None = None  # for the root logger: configure_logging(extra_handlers=[...])

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Sends what is still queued, within `timeout_s` seconds overall: call it when the app stops."""
        deadline = time.monotonic() + timeout_s
        for exporter in (self.span_exporter, self.log_exporter):
            if exporter is not None:
                exporter.shutdown(max(0.0, deadline - time.monotonic()))


def configure_telemetry(service_name: str | None = None) -> Telemetry:
    """`service_name` is the fallback for OTEL_SERVICE_NAME (which Aspire sets to the resource's name)."""
    sampler = _sampler(os.environ.get("OTEL_TRACES_SAMPLER"))
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "").strip().rstrip("/")
    if not endpoint:
        return Telemetry(Tracer(sampler))
    protocol = os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
    if protocol != "http/protobuf":
        _log.warning("OTEL_EXPORTER_OTLP_PROTOCOL=%s is not supported, sending http/protobuf to %s", protocol, endpoint)
    headers = parse_key_values(os.environ.get("OTEL_EXPORTER_OTLP_HEADERS"))  # the dashboard's x-otlp-api-key
    resource = _resource(service_name)
    spans_delay, logs_delay = _delay_s("OTEL_BSP_SCHEDULE_DELAY"), _delay_s("OTEL_BLRP_SCHEDULE_DELAY")
    spans = BatchExporter[Span](f"{endpoint}/v1/traces", headers, partial(encode_spans, resource=resource), spans_delay, "otlp-traces")
    logs = BatchExporter[QueuedLog](f"{endpoint}/v1/logs", headers, partial(encode_logs, resource=resource), logs_delay, "otlp-logs")
    return Telemetry(Tracer(sampler, on_end=spans.enqueue), spans, logs, OtlpLogHandler(logs))


def instrument_app(app: FastAPI, telemetry: Telemetry) -> None:
    """Adds the tracing middleware. Add it last so it is the outermost of the app's own middleware and its span
    covers the others."""
    app.add_middleware(TracingMiddleware, tracer=telemetry.tracer)


def _resource(service_name: str | None) -> resource_pb2.Resource:
    # Precedence as in the OpenTelemetry spec: OTEL_SERVICE_NAME over OTEL_RESOURCE_ATTRIBUTES over code defaults.
    attributes: dict[str, AttributeValue] = {"service.name": service_name or "unknown_service:python"}
    attributes.update(parse_key_values(os.environ.get("OTEL_RESOURCE_ATTRIBUTES")))  # service.instance.id, ...
    if os.environ.get("OTEL_SERVICE_NAME"):
        attributes["service.name"] = os.environ["OTEL_SERVICE_NAME"]
    attributes.update({"telemetry.sdk.language": "python", "telemetry.sdk.name": "har-academy"})
    return resource_pb2.Resource(attributes=to_key_values(attributes))


def _sampler(value: str | None) -> Sampler:
    try:
        return Sampler((value or Sampler.ALWAYS_ON.value).strip().lower())
    except ValueError:
        _log.warning("OTEL_TRACES_SAMPLER=%s is not supported, using always_on", value)
        return Sampler.ALWAYS_ON


def _delay_s(variable: str) -> float:
    value = os.environ.get(variable, "")
    try:
        delay_ms = int(value) if value else DEFAULT_DELAY_MS
    except ValueError:
        _log.warning("%s=%s is not a number of milliseconds, using %d", variable, value, DEFAULT_DELAY_MS)
        delay_ms = DEFAULT_DELAY_MS
    return max(delay_ms, 0) / 1000
