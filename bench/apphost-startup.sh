#!/usr/bin/env bash
# Cold start of the whole graph (the AppHost run as `./build.sh run` runs it, dashboard on) to every resource ready, and
# the idle memory (PSS and RSS) of everything it starts, DCP and the dashboard included; median of RUNS (3) runs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/apphost_startup.py "${RUNS:-3}"
