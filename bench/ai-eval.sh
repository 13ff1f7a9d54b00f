#!/usr/bin/env bash
# The AI service's quality figures, local mode (issue "AI service"), on the seeded catalog in the graph the AppHost
# starts (free ports, its own data), with the evaluation set bench/ai-eval/questions.json (questions written from the
# lessons, each with the lesson that answers it, and questions the courses do not answer):
#   - retrieval hit@5 and MRR (the service's retriever, on the graph's index);
#   - answers through the gateway: answered, the right lesson cited, the expected terms in the answer; refusals;
#   - quiz generation: the share of generated questions whose answer is in their source sentence of the lesson;
#   - recommendations: precision@5 for synthetic learners (a favourite domain, a pro plan bought in the sandbox) with
#     one enrollment held out;
#   - tutor latency through the gateway and directly (hey, concurrency 4), and the first streamed token.
# BENCH_LEARNERS (40), BENCH_HELD_OUT (12), BENCH_REQUESTS (300) per load run.
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/ai_eval.py
