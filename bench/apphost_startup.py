"""Starts the AppHost as `./build.sh run` does (its own process, the dashboard on), on free ports and a throw-away
data folder, several times; for each run measures the time from process start until every resource reports ready
(Aspire's own "is ready" events, logged at Debug), then, after 10 s idle, the memory of everything it started: the
AppHost, DCP (which detaches, and watches the AppHost by pid), DCP's per-process monitors, the dashboard, the
infrastructure and the services. Memory is PSS (shared pages counted once, split between their users) and RSS."""
import collections
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

CONFIGURATION = os.environ.get("CONFIGURATION", "Debug")
READY = re.compile(r"Resource '([\w-]+)' is ready\.")
EXPECTED = {"postgres", "redis", "chroma", "authdb", "coursesdb", "paymentsdb", "aidb", "auth", "gateway", "aspire-dashboard"}
# Which part of the graph a process belongs to, by its command line (first match wins).
KINDS = [
    ("dcp monitors", "dcp monitor-process"), ("dcp", "/tools/dcp "), ("dashboard", "Aspire.Dashboard"),
    ("postgres", "postgres"), ("redis", "redis-server"), ("chroma", "chroma"),
    ("auth", "HarAcademy.Auth"), ("gateway", "HarAcademy.Gateway"), ("apphost", "HarAcademy.AppHost"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line)."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                    found[int(entry)] = (parent, cmdline.read().replace(b"\0", b" ").decode(errors="replace").strip())
            except (OSError, IndexError, ValueError):
                pass
    return found


def graph_of(apphost: int) -> list[tuple[int, str]]:
    """The AppHost and everything below it, plus DCP (started detached, with --monitor <AppHost pid>) and below it."""
    table = processes()
    roots = [apphost] + [pid for pid, (_, command) in table.items() if f"--monitor {apphost}" in command]
    result, pending, seen = [], list(roots), set()
    while pending:
        pid = pending.pop()
        if pid in seen or pid not in table:
            continue
        seen.add(pid)
        result.append((pid, table[pid][1]))
        pending.extend(child for child, (parent, _) in table.items() if parent == pid)
    return result


def memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) in KiB."""
    values = {"Pss": 0, "Rss": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                key = line.split(":")[0]
                if key in values:
                    values[key] = int(line.split()[1])
    except OSError:
        pass
    return values["Pss"], values["Rss"]


def one_run() -> tuple[float, dict[str, tuple[float, float]]]:
    data = tempfile.mkdtemp(prefix="har-bench-")
    os.chmod(data, 0o755)  # PostgreSQL's own user must reach it
    environment = {**os.environ, "DOTNET_ENVIRONMENT": "Development", "ASPIRE_ALLOW_UNSECURED_TRANSPORT": "true",
                   "ASPNETCORE_URLS": f"http://127.0.0.1:{free_port()}",
                   "ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}",
                   "ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}",
                   "ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}"}
    started = time.monotonic()
    apphost = subprocess.Popen(
        ["dotnet", f"bin/{CONFIGURATION}/net10.0/HarAcademy.AppHost.dll", "--DcpPublisher:RandomizePorts=true",
         f"--LocalProcesses:DataDirectory={data}", "--LocalProcesses:Durable=false",
         "--Logging:LogLevel:Aspire.Hosting.Health=Debug"],
        cwd="HarAcademy.AppHost", env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        ready = set()
        for line in apphost.stdout:
            if match := READY.search(line):
                ready.add(match.group(1))
                if EXPECTED <= ready:
                    break
            if time.monotonic() - started > 180:
                raise TimeoutError(f"not ready within 180 s: missing {EXPECTED - ready}")
        seconds = time.monotonic() - started
        # Keep reading its output, or the AppHost blocks on a full pipe.
        drain = subprocess.Popen(["cat"], stdin=apphost.stdout, stdout=subprocess.DEVNULL)
        time.sleep(10)
        by_kind = collections.defaultdict(lambda: [0.0, 0.0])
        for pid, command in graph_of(apphost.pid):
            kind = next((name for name, fragment in KINDS if fragment in command), "other")
            pss, rss = memory_kib(pid)
            by_kind[kind][0] += pss / 1024
            by_kind[kind][1] += rss / 1024
        return seconds, {kind: tuple(values) for kind, values in by_kind.items()}
    finally:
        apphost.send_signal(signal.SIGTERM)
        apphost.wait(timeout=60)
        subprocess.run(["rm", "-rf", data], check=False)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    starts, by_kind, run_totals = [], collections.defaultdict(list), []
    for run in range(1, runs + 1):
        seconds, memory = one_run()
        starts.append(seconds)
        for kind, (pss, rss) in memory.items():
            by_kind[kind].append((pss, rss))
        total_pss, total_rss = sum(pss for pss, _ in memory.values()), sum(rss for _, rss in memory.values())
        run_totals.append((total_pss, total_rss))
        detail = ", ".join(f"{kind} {pss:.0f}/{rss:.0f}" for kind, (pss, rss) in sorted(memory.items()))
        print(f"run {run}: all ready in {seconds:.2f} s; MiB PSS/RSS: {detail}; total {total_pss:.0f}/{total_rss:.0f}", flush=True)
    print(f"median cold start to all ready: {statistics.median(starts):.2f} s")
    for kind, values in sorted(by_kind.items()):
        print(f"  {kind}: median PSS {statistics.median(v[0] for v in values):.0f} MiB, RSS {statistics.median(v[1] for v in values):.0f} MiB")
    print(f"median total: PSS {statistics.median(t[0] for t in run_totals):.0f} MiB, RSS {statistics.median(t[1] for t in run_totals):.0f} MiB")


if __name__ == "__main__":
    main()
