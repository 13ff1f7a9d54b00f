"""Spans and the tracer that starts them: the slice of the OpenTelemetry tracing API this service uses."""

from __future__ import annotations

import enum
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from app.core.telemetry.context import SAMPLED_FLAG, SpanContext, current_span, current_span_var, new_span_id, new_trace_id

AttributeValue = str | bool | int | float
Attributes = Mapping[str, AttributeValue]


class SpanKind(enum.IntEnum):  # OTLP's Span.SpanKind numbers: they go on the wire as they are
    INTERNAL = 1
    SERVER = 2
    CLIENT = 3
    PRODUCER = 4
    CONSUMER = 5


class StatusCode(enum.IntEnum):  # OTLP's Status.StatusCode numbers
    UNSET = 0
    OK = 1
    ERROR = 2


class Sampler(str, enum.Enum):
    """The OTEL_TRACES_SAMPLER values we support."""

    ALWAYS_ON = "always_on"
    ALWAYS_OFF = "always_off"
    PARENT_BASED_ALWAYS_ON = "parentbased_always_on"

    def should_sample(self, parent: SpanContext | None) -> bool:
        if self is Sampler.PARENT_BASED_ALWAYS_ON and parent is not None:
            return parent.sampled
        return self is not Sampler.ALWAYS_OFF


@dataclass(frozen=True)
class Event:
    name: str
    time_unix_nano: int
    attributes: dict[str, AttributeValue]


@dataclass(eq=False)
class Span:
    """A timed operation. Changes are ignored once it has ended: the exporter thread may be reading it by then."""

    name: str
    context: SpanContext
    kind: SpanKind
    parent_span_id: bytes = b""  # empty for a root span
    attributes: dict[str, AttributeValue] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    status_code: StatusCode = StatusCode.UNSET
    status_message: str = ""
    start_time_unix_nano: int = field(default_factory=time.time_ns)
    end_time_unix_nano: int | None = None
    on_end: Callable[[Span], None] | None = field(default=None, repr=False)

    @property
    def ended(self) -> bool:
        return self.end_time_unix_nano is not None

    def set_attribute(self, key: str, value: AttributeValue) -> None:
        if not self.ended:
            self.attributes[key] = value

    def set_status(self, code: StatusCode, message: str = "") -> None:
        if not self.ended:
            self.status_code, self.status_message = code, message

    def add_event(self, name: str, attributes: Attributes | None = None) -> None:
        if not self.ended:
            self.events.append(Event(name, time.time_ns(), dict(attributes or {})))

    def record_exception(self, exc: BaseException) -> None:
        self.add_event("exception", exception_attributes(exc))
        self.set_status(StatusCode.ERROR, f"{type(exc).__name__}: {exc}")

    def end(self) -> None:
        if not self.ended:
            self.end_time_unix_nano = time.time_ns()
            if self.on_end is not None:
                self.on_end(self)


def exception_attributes(exc: BaseException) -> dict[str, AttributeValue]:
    """The semantic conventions' exception.* attributes, for span events and log records alike."""
    cls = type(exc)
    qualified = cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    stacktrace = "".join(traceback.format_exception(exc))
    return {"exception.type": qualified, "exception.message": str(exc), "exception.stacktrace": stacktrace}


class Tracer:
    def __init__(self, sampler: Sampler = Sampler.ALWAYS_ON, on_end: Callable[[Span], None] | None = None) -> None:
        self._sampler = sampler
        self._on_end = on_end  # receives the sampled spans as they end: the exporter's queue

    def create_span(
        self, name: str, kind: SpanKind = SpanKind.INTERNAL, attributes: Attributes | None = None, parent: SpanContext | None = None
    ) -> Span:
        """A started span that is NOT made current: for spans outliving a block (an HTTP client call's body)."""
        if parent is None and (active := current_span()) is not None:
            parent = active.context
        sampled = self._sampler.should_sample(parent)
        context = SpanContext(
            trace_id=parent.trace_id if parent else new_trace_id(),
            span_id=new_span_id(),
            # An unsampled span still propagates, with flags 00, so that the services downstream don't record either.
            trace_flags=SAMPLED_FLAG if sampled else 0,
            trace_state=parent.trace_state if parent else "",
        )
        parent_span_id = parent.span_id if parent else b""
        return Span(name, context, kind, parent_span_id, dict(attributes or {}), on_end=self._on_end if sampled else None)

    @contextmanager
    def start_span(
        self, name: str, kind: SpanKind = SpanKind.INTERNAL, attributes: Attributes | None = None, parent: SpanContext | None = None
    ) -> Iterator[Span]:
        """A span that is current inside the block, child of `parent`, else of the current span. An exception escaping
        the block is recorded on it; it ends on exit."""
        span = self.create_span(name, kind, attributes, parent)
        token = current_span_var.set(span)
        try:
            yield span
        except Exception as exc:  # not BaseException: a cancelled request (client gone) is no error of ours
            span.record_exception(exc)
            raise
        finally:
            current_span_var.reset(token)
            span.end()


def current_traceparent() -> str | None:
    """The `traceparent` header value of the current span (outgoing calls, log lines), or None outside any span."""
    span = current_span()
    return span.context.to_traceparent() if span else None


def current_span_ids() -> tuple[str, str] | None:
    """(trace_id, span_id) of the current span in hex: the `span_ids` that app.core.logging's JSON lines want."""
    span = current_span()
    return (span.context.trace_id.hex(), span.context.span_id.hex()) if span else None
