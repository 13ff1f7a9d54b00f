"""Okapi BM25 keyword retrieval over analysed chunk text."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Sequence

from app.nlp.text import analyze, detect_language, guess_language


class Bm25Index:
    """In-memory BM25 index; cheap to rebuild from the chunks of one course."""

    def __init__(self, documents: Sequence[tuple[str, str]], k1: float = 1.5, b: float = 0.75) -> None:
        self._k1 = k1
        self._b = b
        self._ids: list[str] = []
        self._lengths: list[int] = []
        postings: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        languages: Counter[str] = Counter()
        for index, (doc_id, text) in enumerate(documents):
            language = detect_language(text)
            languages[language] += 1
            frequencies = Counter(analyze(text, language))
            self._ids.append(doc_id)
            self._lengths.append(sum(frequencies.values()))
            for term, frequency in frequencies.items():
                postings[term].append((index, frequency))
        if len(set(self._ids)) != len(self._ids):
            raise ValueError("document ids must be unique")
        count = len(self._ids)
        self._postings = dict(postings)
        self._average_length = sum(self._lengths) / count if count else 0.0
        self._idf = {
            term: math.log(1 + (count - len(hits) + 0.5) / (len(hits) + 0.5)) for term, hits in self._postings.items()
        }
        # Queries without language evidence ("moyenne na.rm") are stemmed like most documents.
        self._language = languages.most_common(1)[0][0] if languages else "en"

    def search(self, query: str, limit: int = 10) -> list[tuple[str, float]]:
        """Ids with a positive score, best first; equal scores ordered by id."""
        if limit <= 0:
            return []
        scores: defaultdict[int, float] = defaultdict(float)
        for term in set(analyze(query, guess_language(query) or self._language)):
            idf = self._idf.get(term)
            if idf is None:
                continue
            for index, frequency in self._postings[term]:
                length_norm = 1 - self._b + self._b * self._lengths[index] / self._average_length
                scores[index] += idf * frequency * (self._k1 + 1) / (frequency + self._k1 * length_norm)
        ranked = sorted(((self._ids[i], s) for i, s in scores.items() if s > 0), key=lambda hit: (-hit[1], hit[0]))
        return ranked[:limit]
