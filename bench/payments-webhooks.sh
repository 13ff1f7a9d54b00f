#!/usr/bin/env bash
# Payments benchmarks (issue "Payments service"), against the graph the AppHost starts (free ports, its own data):
#   - webhook ingestion: signed checkout.session.completed events for distinct pending payments, POSTed at
#     concurrency 16 (wrk), directly to the payments service and through the gateway: events/s, p50 and p95 (each event
#     verified, stored once, processed: payment completed, invoice issued, PaymentSucceeded in the outbox);
#   - fulfilment latency: the time from sending an event to the enrollment existing in the courses service, over 200
#     events sent one after another (median and p95).
# BENCH_SECONDS (15) per ingestion run, BENCH_EVENTS (200) for the latency.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/payments_webhooks.py
