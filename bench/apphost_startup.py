"""Starts the AppHost (isolated: free ports, temporary data) several times; for each run measures the time from
process start until the dashboard API reports every resource healthy, then, after 10 s idle, the resident memory
of every resource's process tree (from /proc). Prints each run and the medians."""
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

CONFIGURATION = os.environ.get("CONFIGURATION", "Debug")
APPHOST = f"HarAcademy.AppHost/bin/{CONFIGURATION}/net10.0/HarAcademy.AppHost.dll"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def resources(port: int) -> list[dict]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/resources", timeout=2) as response:
        return json.load(response)


def wait_healthy(port: int, started: float, timeout: float = 120) -> list[dict]:
    """Polls the dashboard API until every resource is healthy; returns the resources."""
    while True:
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"not healthy within {timeout:.0f} s")
        try:
            current = resources(port)
            if current and all(r["health"] == "Healthy" for r in current):
                return current
        except OSError:
            pass
        time.sleep(0.05)


@contextlib.contextmanager
def running_graph(env: dict[str, str] | None = None):
    """Starts the AppHost in isolated mode, yields (dashboard port, healthy resources, process), stops it after."""
    port = free_port()
    started = time.monotonic()
    apphost = subprocess.Popen(["dotnet", APPHOST, "--isolated", "--dashboard-port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        yield port, wait_healthy(port, started), apphost
    finally:
        apphost.send_signal(signal.SIGTERM)
        apphost.wait(timeout=30)


def url_of(current: list[dict], name: str) -> str:
    return next(r for r in current if r["name"] == name)["urls"][0]


def children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
                tree.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return tree


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(root: int, tree: dict[int, list[int]]) -> int:
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += rss_kib(pid)
        pending.extend(tree.get(pid, []))
    return total


def one_run() -> tuple[float, dict[str, float], float]:
    started = time.monotonic()
    with running_graph() as (port, _, apphost):
        start_seconds = time.monotonic() - started
        time.sleep(10)
        tree = children()
        memory = {}
        for resource in resources(port):
            pids = [replica["pid"] for replica in resource["replicas"] if replica["pid"]]
            if pids:
                memory[resource["name"]] = sum(tree_rss_kib(pid, tree) for pid in pids) / 1024
        return start_seconds, memory, rss_kib(apphost.pid) / 1024


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    starts, totals, apphosts = [], [], []
    for run in range(1, runs + 1):
        start_seconds, memory, apphost_mib = one_run()
        total = sum(memory.values())
        starts.append(start_seconds)
        totals.append(total)
        apphosts.append(apphost_mib)
        detail = ", ".join(f"{name} {mib:.0f}" for name, mib in memory.items())
        print(f"run {run}: all healthy in {start_seconds:.2f} s; RSS MiB: {detail}; resources {total:.0f}; apphost {apphost_mib:.0f}")
    print(f"median cold start to all-healthy: {statistics.median(starts):.2f} s (goal <= 15 s)")
    print(f"median idle RSS, infrastructure + gateway: {statistics.median(totals):.0f} MiB (goal <= 1024 MiB); "
          f"AppHost itself: {statistics.median(apphosts):.0f} MiB")


if __name__ == "__main__":
    main()
