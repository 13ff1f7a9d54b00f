#!/usr/bin/env bash
# Auth benchmarks (issue "Auth service"), against the auth service started by the AppHost graph (free ports, its own data):
#   - sign-ins per second and p95 at concurrency 16 (sixteen accounts), as a share of the raw BCrypt.Verify rate measured in the same run
#     (goal >= 90%);
#   - refresh p95 at concurrency 16, each connection rotating its own token family (goal <= 5 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/auth_tokens.py
