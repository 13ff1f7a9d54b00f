#!/usr/bin/env bash
# Courses service (issue "Courses service"): with 10,000 published courses generated in French and English, a catalog
# search page (a text query plus two filters, 20 results, facets) straight to the service at concurrency 64, cached
# (the same page again) and uncached (distinct queries), the cached page through the gateway, a trivial JSON endpoint
# of the same service for scale, and progress updates at concurrency 16; then the query plans.
# Goals: cached page >= 50% of the trivial endpoint's throughput with p95 <= 10 ms; uncached search p95 <= 50 ms at
# concurrency 16; progress update p95 <= 20 ms at concurrency 16. Use CONFIGURATION=Release.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/courses_catalog.py
