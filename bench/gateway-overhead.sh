#!/usr/bin/env bash
# Gateway overhead (issue "Gateway"): the same read endpoint straight to the auth service and through the gateway (JWT
# at the edge, Redis rate limit, request id, headers), same run, concurrency 64, alternating rounds. Two endpoints:
# GET /api/v1/users/me (authenticated, one database query: the goal endpoint) and the JWKS document (nearly free for
# the service, so it shows the gateway's own cost). Throughput: wrk as fast as it goes. Added latency: wrk paced to
# a quarter and half of the gateway's throughput (bench/paced.lua): at saturation the median is queueing.
# Goals: throughput ratio (gateway / direct) >= 0.7; added median latency <= 1 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/gateway_overhead.py
