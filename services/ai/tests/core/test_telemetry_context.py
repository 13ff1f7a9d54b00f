"""W3C traceparent parsing and formatting (https://www.w3.org/TR/trace-context/#traceparent-header)."""

from __future__ import annotations

import pytest

from app.core.telemetry import SpanContext, Tracer, current_traceparent, format_traceparent, parse_traceparent
from app.core.telemetry.context import new_span_id, new_trace_id

TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
SPAN_ID = "b7ad6b7169203331"


def test_parses_a_valid_traceparent_and_keeps_tracestate() -> None:
    context = parse_traceparent(f"00-{TRACE_ID}-{SPAN_ID}-01", "vendor=abc,other=1")
    assert context == SpanContext(bytes.fromhex(TRACE_ID), bytes.fromhex(SPAN_ID), 1, "vendor=abc,other=1")
    assert context.sampled


def test_unsampled_flags_round_trip() -> None:
    context = parse_traceparent(f"00-{TRACE_ID}-{SPAN_ID}-00")
    assert context is not None and not context.sampled
    assert format_traceparent(context) == f"00-{TRACE_ID}-{SPAN_ID}-00"


def test_a_future_version_is_read_for_its_known_fields() -> None:
    context = parse_traceparent(f"cc-{TRACE_ID}-{SPAN_ID}-01-what-the-future-brings")
    assert context is not None and context.trace_id.hex() == TRACE_ID


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        f"ff-{TRACE_ID}-{SPAN_ID}-01",  # version ff is forbidden
        f"0x-{TRACE_ID}-{SPAN_ID}-01",  # not hex
        f"00-{TRACE_ID}-{SPAN_ID}-01-extra",  # version 00 has exactly four fields
        f"00-{'0' * 32}-{SPAN_ID}-01",  # all-zero trace id
        f"00-{TRACE_ID}-{'0' * 16}-01",  # all-zero parent id
        f"00-{TRACE_ID[:-1]}-{SPAN_ID}-01",  # short trace id
        f"00-{TRACE_ID}-{SPAN_ID}0-01",  # long parent id
        f"00-{TRACE_ID}-{SPAN_ID}-1",  # short flags
        f"00-{TRACE_ID.upper()}-{SPAN_ID}-01",  # uppercase hex is not allowed
        f"00_{TRACE_ID}_{SPAN_ID}_01",
    ],
)
def test_rejects_invalid_traceparents(value: str | None) -> None:
    assert parse_traceparent(value) is None


def test_new_ids_have_the_right_sizes_and_are_not_zero() -> None:
    assert len(new_trace_id()) == 16 and any(new_trace_id())
    assert len(new_span_id()) == 8 and any(new_span_id())


def test_child_spans_share_the_trace_and_the_current_span_is_restored() -> None:
    tracer = Tracer()
    assert current_traceparent() is None
    with tracer.start_span("parent") as parent:
        with tracer.start_span("child") as child:
            assert child.context.trace_id == parent.context.trace_id
            assert child.parent_span_id == parent.context.span_id
            assert current_traceparent() == format_traceparent(child.context)
        assert current_traceparent() == format_traceparent(parent.context)
    assert current_traceparent() is None and parent.ended and child.ended
