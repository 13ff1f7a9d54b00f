#!/usr/bin/env bash
# The tutor's retrieval and local answers on the evaluation set without the graph (seconds): the seeded catalog through
# the AI service's own chunking, embeddings, BM25, fusion and extractive answers (bench/ai_retrieval.py). For tuning;
# bench/ai-eval.sh gives the figures of record through the running service. -v lists the misses.
set -euo pipefail
cd "$(dirname "$0")/.."
exec services/ai/.venv/bin/python bench/ai_retrieval.py "$@"
