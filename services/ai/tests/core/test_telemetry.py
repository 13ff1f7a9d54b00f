"""The telemetry package end to end: a FastAPI app, an httpx call, logs, and a real HTTP server standing in for the
dashboard's OTLP/HTTP collector."""

from __future__ import annotations

import asyncio
import filecmp
import logging
import socket
import subprocess
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.types import Receive, Scope, Send

from app.core.telemetry import Telemetry, TracingTransport, configure_telemetry, current_traceparent, instrument_app
from app.core.telemetry.export import MAX_QUEUE, BatchExporter
from app.core.telemetry.generated.opentelemetry.proto.collector.logs.v1 import logs_service_pb2
from app.core.telemetry.generated.opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from app.core.telemetry.generated.opentelemetry.proto.common.v1 import common_pb2
from app.core.telemetry.generated.opentelemetry.proto.logs.v1 import logs_pb2
from app.core.telemetry.generated.opentelemetry.proto.trace.v1 import trace_pb2
from tests.stand_in import QuietHandler, serve

SERVICE_DIR = Path(__file__).resolve().parents[2]
TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
PARENT_ID = "b7ad6b7169203331"
INCOMING = {"traceparent": f"00-{TRACE_ID}-{PARENT_ID}-01", "tracestate": "vendor=abc"}


@dataclass
class Collector:
    url: str
    posts: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)  # (path, headers, body)

    def spans(self) -> list[trace_pb2.Span]:
        return [span for resource in self._traces() for scope in resource.scope_spans for span in scope.spans]

    def resource_attributes(self) -> dict[str, str]:
        return attributes(self._traces()[0].resource.attributes)

    def logs(self) -> list[tuple[str, logs_pb2.LogRecord]]:  # (scope name, record)
        requests = [logs_service_pb2.ExportLogsServiceRequest.FromString(body) for body in self._bodies("/v1/logs")]
        scopes = [scope for request in requests for resource in request.resource_logs for scope in resource.scope_logs]
        return [(scope.scope.name, record) for scope in scopes for record in scope.log_records]

    def _traces(self) -> list[trace_pb2.ResourceSpans]:
        requests = [trace_service_pb2.ExportTraceServiceRequest.FromString(body) for body in self._bodies("/v1/traces")]
        return [resource for request in requests for resource in request.resource_spans]

    def _bodies(self, path: str) -> list[bytes]:
        return [body for posted_path, _, body in self.posts if posted_path == path]


def attributes(key_values: list[common_pb2.KeyValue]) -> dict[str, object]:
    return {kv.key: getattr(kv.value, kv.value.WhichOneof("value")) for kv in key_values}


@pytest.fixture
def collector() -> Iterator[Collector]:
    received = Collector("")

    class Handler(QuietHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.posts.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = serve(Handler)
    received.url = f"http://127.0.0.1:{server.server_port}"
    yield received
    server.shutdown()
    server.server_close()


@pytest.fixture
def telemetry(collector: Collector, monkeypatch: pytest.MonkeyPatch) -> Iterator[Telemetry]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", collector.url + "/")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=s%3Dcret")
    monkeypatch.setenv("OTEL_SERVICE_NAME", "ai")
    monkeypatch.setenv("OTEL_RESOURCE_ATTRIBUTES", "service.instance.id=ai-1,deployment.environment=test")
    # Long delays: only shutdown() sends, so every test sees everything at once.
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "60000")
    monkeypatch.setenv("OTEL_BLRP_SCHEDULE_DELAY", "60000")
    monkeypatch.delenv("OTEL_TRACES_SAMPLER", raising=False)
    telemetry = configure_telemetry()
    yield telemetry
    telemetry.shutdown()


@dataclass
class Downstream:
    """Stands in for a C# service called with httpx; remembers the headers it got. `streamed`: answer through an
    ASGI app, whose body is read after the transport returns (like a real connection's), not a canned response."""

    streamed: bool = False
    headers: list[httpx.Headers] = field(default_factory=list)

    def transport(self) -> httpx.AsyncBaseTransport:
        if self.streamed:
            return httpx.ASGITransport(app=self._asgi)
        return httpx.MockTransport(self._canned)

    def _canned(self, request: httpx.Request) -> httpx.Response:
        self.headers.append(request.headers)
        return httpx.Response(200, json={"ok": True})

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.headers.append(httpx.Headers([(name.decode(), value.decode()) for name, value in scope["headers"]]))
        await JSONResponse({"ok": True})(scope, receive, send)


def make_app(telemetry: Telemetry, downstream: Downstream) -> FastAPI:
    app = FastAPI()

    @app.get("/courses/{course_id}")
    async def course(course_id: str) -> dict[str, str | None]:
        return {"id": course_id, "traceparent": current_traceparent()}

    @app.get("/fail")
    async def fail() -> None:
        raise RuntimeError("boom")

    @app.get("/unavailable")
    async def unavailable() -> JSONResponse:
        return JSONResponse({"title": "busy"}, status_code=503)

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        async def events() -> AsyncIterator[bytes]:
            for i in range(3):
                await asyncio.sleep(0.1)
                yield f"data: {i}\n\n".encode()

        return StreamingResponse(events(), media_type="text/event-stream")

    @app.get("/call")
    async def call() -> dict[str, bool]:
        transport = TracingTransport(downstream.transport(), telemetry.tracer)
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.get("http://courses.internal:8080/api/v1/courses")).json()

    @app.get("/health")
    async def health() -> str:
        return "Healthy"

    instrument_app(app, telemetry)
    return app


def client(app: FastAPI) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)  # see the 500 the app answers
    return httpx.AsyncClient(transport=transport, base_url="http://test", headers={"user-agent": "pytest"})


async def test_server_span_continues_the_incoming_trace(telemetry: Telemetry, collector: Collector) -> None:
    async with client(make_app(telemetry, Downstream())) as http:
        response = await http.get("/courses/42", headers=INCOMING)
    telemetry.shutdown()

    [span] = collector.spans()
    assert (span.trace_id.hex(), span.parent_span_id.hex()) == (TRACE_ID, PARENT_ID)
    assert span.kind == trace_pb2.Span.SPAN_KIND_SERVER and span.name == "GET /courses/{course_id}"
    assert span.trace_state == "vendor=abc" and span.flags == 1
    assert span.status.code == trace_pb2.Status.STATUS_CODE_UNSET and span.end_time_unix_nano >= span.start_time_unix_nano
    assert attributes(span.attributes) == {
        "http.request.method": "GET",
        "url.path": "/courses/42",
        "http.route": "/courses/{course_id}",
        "http.response.status_code": 200,
        "server.address": "test",
        "user_agent.original": "pytest",
    }
    # Inside the request the current span is the server span: that is what logs and outgoing calls carry.
    assert response.json()["traceparent"] == f"00-{TRACE_ID}-{span.span_id.hex()}-01"


async def test_exported_requests_carry_the_api_key_and_the_resource(telemetry: Telemetry, collector: Collector) -> None:
    with telemetry.tracer.start_span("work"):
        pass
    telemetry.shutdown()

    [(path, headers, _)] = collector.posts
    assert path == "/v1/traces"
    assert headers["content-type"] == "application/x-protobuf"
    assert headers["x-otlp-api-key"] == "s=cret"  # URL-decoded
    assert collector.resource_attributes() == {
        "service.name": "ai",
        "service.instance.id": "ai-1",
        "deployment.environment": "test",
        "telemetry.sdk.language": "python",
        "telemetry.sdk.name": "har-academy",
    }


async def test_server_errors_mark_the_span_as_error(telemetry: Telemetry, collector: Collector) -> None:
    async with client(make_app(telemetry, Downstream())) as http:
        assert (await http.get("/fail")).status_code == 500
        assert (await http.get("/unavailable")).status_code == 503
    telemetry.shutdown()

    failed, unavailable = collector.spans()
    assert failed.status.code == unavailable.status.code == trace_pb2.Status.STATUS_CODE_ERROR
    assert attributes(failed.attributes)["http.response.status_code"] == 500
    [event] = failed.events
    assert event.name == "exception"
    assert {k: v for k, v in attributes(event.attributes).items() if k != "exception.stacktrace"} == {
        "exception.type": "RuntimeError",
        "exception.message": "boom",
    }
    assert attributes(unavailable.attributes)["http.response.status_code"] == 503 and not unavailable.events


async def test_a_streamed_response_span_ends_after_its_body(telemetry: Telemetry, collector: Collector) -> None:
    async with client(make_app(telemetry, Downstream())) as http:
        response = await http.get("/stream")
    telemetry.shutdown()

    assert response.text == "data: 0\n\ndata: 1\n\ndata: 2\n\n"
    [span] = collector.spans()
    assert span.end_time_unix_nano - span.start_time_unix_nano >= 300_000_000  # three chunks, 100 ms apart


@pytest.mark.parametrize("streamed", [False, True])
async def test_an_outgoing_call_continues_the_trace(telemetry: Telemetry, collector: Collector, streamed: bool) -> None:
    downstream = Downstream(streamed)
    async with client(make_app(telemetry, downstream)) as http:
        await http.get("/call", headers=INCOMING)
    telemetry.shutdown()

    server, outgoing = sorted(collector.spans(), key=lambda span: span.kind)
    assert outgoing.kind == trace_pb2.Span.SPAN_KIND_CLIENT and outgoing.name == "GET"
    assert outgoing.trace_id.hex() == TRACE_ID and outgoing.parent_span_id == server.span_id
    assert outgoing.end_time_unix_nano <= server.end_time_unix_nano
    assert attributes(outgoing.attributes) == {
        "http.request.method": "GET",
        "url.full": "http://courses.internal:8080/api/v1/courses",
        "server.address": "courses.internal",
        "server.port": 8080,
        "http.response.status_code": 200,
    }
    [headers] = downstream.headers
    assert headers["traceparent"] == f"00-{TRACE_ID}-{outgoing.span_id.hex()}-01"
    assert headers["tracestate"] == "vendor=abc"


async def test_health_probes_are_not_traced(telemetry: Telemetry, collector: Collector) -> None:
    async with client(make_app(telemetry, Downstream())) as http:
        assert (await http.get("/health")).status_code == 200
    telemetry.shutdown()
    assert collector.spans() == []


@pytest.mark.parametrize(("sampler", "incoming_flags"), [("always_off", "01"), ("parentbased_always_on", "00")])
async def test_unsampled_traces_propagate_but_are_not_exported(
    telemetry: Telemetry, collector: Collector, monkeypatch: pytest.MonkeyPatch, sampler: str, incoming_flags: str
) -> None:
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", sampler)
    unsampled = configure_telemetry()
    downstream = Downstream()
    async with client(make_app(unsampled, downstream)) as http:
        await http.get("/call", headers={"traceparent": f"00-{TRACE_ID}-{PARENT_ID}-{incoming_flags}"})
    unsampled.shutdown()

    assert collector.spans() == []
    assert downstream.headers[0]["traceparent"].startswith(f"00-{TRACE_ID}-") and downstream.headers[0]["traceparent"].endswith("-00")


def test_log_records_carry_the_span_and_extra_attributes(telemetry: Telemetry, collector: Collector) -> None:
    logger = logging.getLogger("app.tutor.chat")
    assert telemetry.log_handler is not None
    logger.addHandler(telemetry.log_handler)
    try:
        with telemetry.tracer.start_span("answer") as span:
            logger.warning("answered %s", "Ada", extra={"request_id": "r-1", "tokens": 42, "ignored": object()})
            try:
                raise ValueError("no course")
            except ValueError:
                logger.exception("failed")
        logger.warning("outside any span")
    finally:
        logger.removeHandler(telemetry.log_handler)
    telemetry.shutdown()

    (scope, answered), (_, failed), (_, outside) = collector.logs()
    assert scope == "app.tutor.chat"
    assert (answered.trace_id, answered.span_id, answered.flags) == (span.context.trace_id, span.context.span_id, 1)
    assert answered.body.string_value == "answered Ada" and answered.severity_text == "WARNING"
    assert answered.severity_number == logs_pb2.SEVERITY_NUMBER_WARN and answered.time_unix_nano > 0
    assert attributes(answered.attributes) == {"request_id": "r-1", "tokens": 42, "code.namespace": "app.tutor.chat"}
    assert failed.severity_number == logs_pb2.SEVERITY_NUMBER_ERROR
    failure = attributes(failed.attributes)
    assert (failure["exception.type"], failure["exception.message"]) == ("ValueError", "no course")
    assert "raise ValueError" in str(failure["exception.stacktrace"])
    assert outside.trace_id == b"" and outside.span_id == b""


def test_the_exporter_drops_and_counts_when_the_collector_is_down() -> None:
    with socket.socket() as unused:  # a port nobody listens on once closed: connections are refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    exporter: BatchExporter[bytes] = BatchExporter(f"http://127.0.0.1:{port}/v1/traces", {}, b"".join, 0.0, "test-down")
    for _ in range(3):
        exporter.enqueue(b"x")
    exporter.shutdown()
    assert (exporter.exported, exporter.dropped) == (0, 3)


def test_the_queue_is_bounded_and_drops_its_oldest(collector: Collector, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    sending, release = threading.Event(), threading.Event()

    def slow_encode(batch: list[bytes]) -> bytes:
        sending.set()
        release.wait(5)
        return b"".join(batch)

    exporter: BatchExporter[bytes] = BatchExporter(collector.url + "/v1/traces", {}, slow_encode, 0.0, "test-bounded")
    exporter.enqueue(b"first")
    assert sending.wait(5)  # the thread is busy with the first batch: what follows can only queue up
    for i in range(MAX_QUEUE + 10):
        exporter.enqueue(str(i).encode())
    release.set()
    exporter.shutdown()
    assert (exporter.exported, exporter.dropped) == (1 + MAX_QUEUE, 10)
    assert b"".join(body for _, _, body in collector.posts).endswith(str(MAX_QUEUE + 9).encode())


async def test_without_an_endpoint_nothing_is_exported_but_context_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)
    threads_before = set(threading.enumerate())
    telemetry = configure_telemetry("ai")
    assert (telemetry.span_exporter, telemetry.log_exporter, telemetry.log_handler) == (None, None, None)
    assert set(threading.enumerate()) == threads_before  # no exporter thread, nothing queued

    async with client(make_app(telemetry, Downstream())) as http:
        body = (await http.get("/courses/42", headers=INCOMING)).json()
    assert body["traceparent"].startswith(f"00-{TRACE_ID}-") and PARENT_ID not in body["traceparent"]
    telemetry.shutdown()


def test_generated_code_is_up_to_date(tmp_path: Path) -> None:
    subprocess.run([str(SERVICE_DIR / "scripts" / "generate-otlp.sh"), str(tmp_path / "generated")], check=True)
    committed = SERVICE_DIR / "app" / "core" / "telemetry" / "generated"
    fresh = {p.relative_to(tmp_path / "generated") for p in (tmp_path / "generated").rglob("*") if p.is_file()}
    current = {p.relative_to(committed) for p in committed.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert fresh == current
    _, mismatches, errors = filecmp.cmpfiles(tmp_path / "generated", committed, [str(p) for p in fresh], shallow=False)
    assert mismatches == errors == []
