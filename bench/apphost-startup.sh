#!/usr/bin/env bash
# Cold start of the whole graph to all-healthy, and its idle memory (RSS), median of 3 runs.
# Goals (issue "Foundation"): start <= 15 s; infrastructure + gateway <= 1 GiB RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/apphost_startup.py "${RUNS:-3}"
