"""See gateway-overhead.sh."""
import json
import os
import re
import statistics
import subprocess
import time
import urllib.request

from graph import running_graph

SECONDS = int(os.environ.get("BENCH_SECONDS", "15"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
# Per-request latency is measured at these shares of the throughput the gateway sustained.
PACED_SHARES = [float(share) for share in os.environ.get("BENCH_PACED_SHARES", "0.25,0.5").split(",")]
PASSWORD = "Correct-Horse-Battery-9"
# (name, path, needs a token, what it shows)
ENDPOINTS = [
    ("users/me", "/api/v1/users/me", True,
     "the goal endpoint: an authenticated read with a database query, asked on every page load"),
    ("jwks", "/api/v1/auth/.well-known/jwks.json", False,
     "the proxy's floor: a cached document, so the service does almost nothing and the gateway's own cost dominates"),
]


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def access_token(auth: str) -> str:
    email = f"bench-gateway-{int(time.time())}@example.com"
    post(f"{auth}/api/v1/auth/register", {"email": email, "password": PASSWORD, "first_name": "Bench", "last_name": "Mark"})
    return post(f"{auth}/api/v1/auth/login", {"email": email, "password": PASSWORD})["access_token"]


def milliseconds(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, headers: list[str], *options: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """wrk at concurrency 64: (requests/s, median ms)."""
    output = subprocess.run(["wrk", "-t2", "-c64", f"-d{SECONDS}s", "--latency", *options, *headers, url],
                            capture_output=True, text=True, check=True, env=env).stdout
    if non2xx := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        raise RuntimeError(f"{url}: {non2xx.group(1)} non-2xx responses")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    if rate == 0:
        raise RuntimeError(f"{url}: no response in {SECONDS} s ({output.strip().splitlines()[-3:]})")
    return rate, milliseconds(*re.search(r"\s50%\s+([\d.]+)(us|ms|s)", output).groups())


def saturated(url: str, headers: list[str]) -> tuple[float, float]:
    """As fast as the machine goes."""
    return wrk(url, headers)


def paced(url: str, headers: list[str], rate: int) -> float:
    """A fixed total rate below saturation, arrivals spread at random (bench/paced.lua): median ms."""
    return wrk(url, headers, "-s", "bench/paced.lua", env={**os.environ, "PACED_RATE": str(rate)})[1]


def compare(name: str, direct: str, gateway: str, headers: list[str], purpose: str) -> None:
    print(f"== {name}: {purpose}")
    # Warm-up: tiered JIT (the gateway's path needs about 40 s of load to reach its full speed), pools, caches.
    for _ in range(max(3, 40 // SECONDS)):
        saturated(direct, headers)
        saturated(gateway, headers)
    ratios, added_saturated, gateway_rates = [], [], []
    for round_number in range(1, ROUNDS + 1):
        direct_rate, direct_median = saturated(direct, headers)
        gateway_rate, gateway_median = saturated(gateway, headers)
        ratios.append(gateway_rate / direct_rate)
        added_saturated.append(gateway_median - direct_median)
        gateway_rates.append(gateway_rate)
        print(f"  round {round_number}: direct {direct_rate:.0f} req/s p50 {direct_median:.2f} ms; "
              f"gateway {gateway_rate:.0f} req/s p50 {gateway_median:.2f} ms; ratio {ratios[-1]:.2f}", flush=True)

    print(f"  {name}: median throughput ratio gateway/direct {statistics.median(ratios):.2f} (goal >= 0.7); "
          f"median added p50 at saturation {statistics.median(added_saturated):.2f} ms (queueing: 64 / throughput)")

    # Under saturation the added median is queueing, so the per-request cost is measured at the same concurrency with
    # a fixed total rate: shares of what the gateway sustained.
    for share in PACED_SHARES:
        rate = int(statistics.median(gateway_rates) * share)
        added = []
        for round_number in range(1, ROUNDS + 1):
            direct_median = paced(direct, headers, rate)
            gateway_median = paced(gateway, headers, rate)
            added.append(gateway_median - direct_median)
            print(f"  paced round {round_number} at {rate} req/s: direct p50 {direct_median:.2f} ms; "
                  f"gateway p50 {gateway_median:.2f} ms; added {added[-1]:.2f} ms", flush=True)
        print(f"  {name}: median added p50 latency at {rate} req/s ({share:.0%} of the gateway's throughput): "
              f"{statistics.median(added):.2f} ms (goal <= 1 ms)")


def main() -> None:
    # The benchmark client is one IP and one user: lift the limits so the runs measure the path, not refusals.
    limits = {"Gateway__RateLimit__AuthPerIp": "100000000", "Gateway__RateLimit__PerUser": "100000000"}
    with running_graph({"gateway": limits}) as addresses:
        # The gateway replica's own address: what a load balancer reaches in a deployment (DCP's proxy in front of the
        # replicas is a development convenience, and would add its own hop to every request).
        auth, gateway = addresses["auth"], addresses["gateway_replicas"][0]
        wanted = os.environ.get("BENCH_ENDPOINTS", ",".join(name for name, *_ in ENDPOINTS)).split(",")
        for name, path, authenticated, purpose in (endpoint for endpoint in ENDPOINTS if endpoint[0] in wanted):
            # A token lives 15 minutes: a fresh one per comparison.
            headers = ["-H", f"Authorization: Bearer {access_token(auth)}"] if authenticated else []
            compare(name, auth + path, gateway + path, headers, purpose)


if __name__ == "__main__":
    main()
