#!/usr/bin/env bash
# Gateway overhead (issue "Gateway"): the same read endpoint (auth's JWKS) straight to the auth service and through the
# gateway (JWT policy, Redis rate limit, request id, headers), same run, concurrency 64, 5 alternating rounds.
# Goals: throughput ratio (gateway / direct) >= 0.7; added median latency <= 1 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/gateway_overhead.py
