"""The AppHost's graph for the load benchmarks (HarAcademy.Bench graph: Aspire.Hosting.Testing, free ports, own data)."""
import contextlib
import json
import os
import signal
import subprocess

CONFIGURATION = os.environ.get("CONFIGURATION", "Debug")
BENCH = f"bench/HarAcademy.Bench/bin/{CONFIGURATION}/net10.0/HarAcademy.Bench.dll"


@contextlib.contextmanager
def running_graph(settings: dict[str, dict[str, str]] | None = None, replicas: int = 1, without: tuple[str, ...] = ("ai",),
                  parameters: dict[str, str] | None = None):
    """Starts the graph and yields its addresses ({"auth", "gateway", "gateway_replicas"}) once healthy; stops it after.
    settings: {resource: {environment variable: value}}, e.g. {"gateway": {"Gateway__RateLimit__PerUser": "1000"}}.
    without: resources left out (by default the AI service, which the C# benchmarks do not use).
    parameters: AppHost parameters, e.g. {"seed-catalog": "true"}."""
    arguments = ["--replicas", str(replicas)]
    if without:
        arguments += ["--without", ",".join(without)]
    for name, value in (parameters or {}).items():
        arguments += ["--parameter", f"{name}={value}"]
    for resource, variables in (settings or {}).items():
        for name, value in variables.items():
            arguments += ["--set", f"{resource}:{name}={value}"]
    graph = subprocess.Popen(["dotnet", BENCH, "graph", *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for line in graph.stdout:  # warnings may come first; the addresses are the one JSON line
            if line.startswith("{"):
                break
        else:
            raise RuntimeError(f"the graph did not start (exit code {graph.wait()})")
        # Keep reading its output, or the graph blocks on a full pipe.
        subprocess.Popen(["cat"], stdin=graph.stdout, stdout=subprocess.DEVNULL)
        yield json.loads(line)
    finally:
        graph.send_signal(signal.SIGTERM)
        graph.wait(timeout=60)
