"""See gateway-overhead.sh."""
import os
import re
import statistics
import subprocess

from apphost_startup import running_graph, url_of

SECONDS = int(os.environ.get("BENCH_SECONDS", "15"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
PATH = "/api/v1/auth/.well-known/jwks.json"


def wrk(url: str) -> tuple[float, float]:
    output = subprocess.run(["wrk", "-t2", "-c64", f"-d{SECONDS}s", "--latency", url],
                            capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"\s50%\s+([\d.]+)(us|ms|s)", output).groups()
    median_ms = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non2xx:
        raise RuntimeError(f"{url}: {non2xx.group(1)} non-2xx responses")
    return rate, median_ms


def main() -> None:
    # The benchmark client is one IP: lift the per-IP limit on auth routes so it measures the path, not the limiter's refusals.
    with running_graph({**os.environ, "Gateway__RateLimit__AuthPerIp": "100000000"}) as (_, current, _):
        direct = url_of(current, "auth") + PATH
        gateway = url_of(current, "gateway") + PATH
        wrk(direct), wrk(gateway)  # warm-up: JIT, connection pools, key snapshot
        ratios, added = [], []
        for round_number in range(1, ROUNDS + 1):
            direct_rate, direct_median = wrk(direct)
            gateway_rate, gateway_median = wrk(gateway)
            ratios.append(gateway_rate / direct_rate)
            added.append(gateway_median - direct_median)
            print(f"round {round_number}: direct {direct_rate:.0f} req/s p50 {direct_median:.2f} ms; "
                  f"gateway {gateway_rate:.0f} req/s p50 {gateway_median:.2f} ms; ratio {ratios[-1]:.2f}")
        print(f"median throughput ratio gateway/direct: {statistics.median(ratios):.2f} (goal >= 0.7); "
              f"median added p50 latency: {statistics.median(added):.2f} ms (goal <= 1 ms)")


if __name__ == "__main__":
    main()
