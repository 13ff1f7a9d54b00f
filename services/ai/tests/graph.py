"""The AppHost's graph for this suite, started once per run the way the C# suites start theirs (Aspire.Hosting.Testing
through HarAcademy.Bench's `graph` command: free ports, throw-away data, the real PostgreSQL, Redis, Chroma, auth and
courses services). The AI app itself runs in the test process, so the suite can reach inside it.
HAR_AI_TEST_GRAPH=<the JSON line> reuses a graph already running (a developer iterating)."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONFIGURATION = os.environ.get("CONFIGURATION", "Debug")
RUNNER = ROOT / "bench" / "HarAcademy.Bench" / "bin" / CONFIGURATION / "net10.0" / "HarAcademy.Bench.dll"


@dataclass(frozen=True)
class Graph:
    auth: str
    courses: str
    aidb: str
    redis: str
    chroma: str
    admin_email: str
    admin_password: str
    content_sync_key: str


class RunningGraph:
    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> Graph:
        reused = os.environ.get("HAR_AI_TEST_GRAPH")
        if reused:
            return Graph(**json.loads(reused))
        admin_password = "Ai-Suite-" + secrets.token_urlsafe(12)
        content_sync_key = secrets.token_urlsafe(24)
        admin_email = "admin@ai-tests.har.academy"
        self._process = subprocess.Popen(
            ["dotnet", str(RUNNER), "graph", "--without", "ai",
             "--parameter", "web-mode=none", "--parameter", f"admin-email={admin_email}",
             "--parameter", f"admin-password={admin_password}", "--parameter", f"content-sync-key={content_sync_key}",
             # Every test user signs up from 127.0.0.1.
             "--set", "auth:Auth__Throttle__MaxRegistrationsPerIp=100000"],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.startswith("{"):
                break
        else:
            raise RuntimeError(f"the graph did not start (exit code {self._process.wait()})")
        # Keep draining its output, or the graph blocks on a full pipe.
        threading.Thread(target=self._process.stdout.read, daemon=True).start()
        addresses = json.loads(line)
        return Graph(auth=addresses["auth"], courses=addresses["courses"], aidb=addresses["aidb"], redis=addresses["redis"],
                     chroma=addresses["chroma"], admin_email=admin_email, admin_password=admin_password,
                     content_sync_key=content_sync_key)

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.send_signal(signal.SIGTERM)
        try:
            self._process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            # Aspire's orchestrator stops the resources of a host that is gone; the run must end either way.
            self._process.kill()
            self._process.wait(timeout=30)
            raise
