"""Reciprocal rank fusion: merges keyword and vector rankings without calibrating scores."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], k: int = 60) -> list[tuple[str, float]]:
    """Sum of 1 / (k + rank) over rankings (rank starts at 1), best first, ties by id.

    BM25 scores and cosine similarities live on different scales; ranks do not.
    An id repeated within one ranking counts once, at its best rank.
    """
    scores: defaultdict[str, float] = defaultdict(float)
    for ranking in rankings:
        seen: set[str] = set()
        for rank, item in enumerate(ranking, start=1):
            if item not in seen:
                seen.add(item)
                scores[item] += 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda hit: (-hit[1], hit[0]))
