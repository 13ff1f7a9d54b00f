"""Local sentence embeddings: TF-IDF + LSA fitted on a course's chunks.

No language model can be downloaded, so vectors come from a latent semantic analysis
of the course itself. The fitted state is small and is persisted by the caller.
"""

from __future__ import annotations

import hashlib
import math
import pickle
from collections import Counter
from functools import lru_cache
from typing import Sequence

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer

from app.nlp.text import analyze

_MAGIC = b"HARAI-EMB"
_FORMAT_VERSION = 1
# LSA needs a few documents to find shared directions: with fewer than 3, or fewer
# than 2 components (a 1-D space makes every cosine +-1), the hashed fallback is used.
_MIN_SVD_DOCUMENTS = 3
_MIN_SVD_COMPONENTS = 2
# The fallback spreads each term over this many signed coordinates (a count sketch):
# a fixed random projection that needs no fitting and is the same in every process.
_HASH_SLOTS = 4


class LocalEmbedder:
    """Embeds texts into unit vectors; build with `fit` or `from_bytes`, not directly."""

    def __init__(
        self,
        vectorizer: TfidfVectorizer | None,
        svd: TruncatedSVD | None,
        dimensions: int,
        document_count: int,
    ) -> None:
        self._vectorizer = vectorizer
        self._svd = svd
        self._dimensions = dimensions
        self._document_count = document_count
        self._fingerprint = self._compute_fingerprint()

    @classmethod
    def fit(cls, documents: Sequence[str], dimensions: int = 192) -> "LocalEmbedder":
        """Fit TF-IDF (language detected per document) then a truncated SVD.

        The SVD keeps min(dimensions, n_docs - 1, n_terms - 1) components, so the
        vector size depends on the corpus; small corpora use the hashed fallback with
        exactly `dimensions` coordinates.
        """
        if dimensions < 1:
            raise ValueError("dimensions must be at least 1")
        docs = list(documents)
        if len(docs) >= _MIN_SVD_DOCUMENTS:
            vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=1)
            try:
                matrix = vectorizer.fit_transform(docs)
            except ValueError:  # empty vocabulary: every document is stop words only
                matrix = None
            if matrix is not None:
                components = min(dimensions, matrix.shape[0] - 1, matrix.shape[1] - 1)
                if components >= _MIN_SVD_COMPONENTS:
                    svd = TruncatedSVD(n_components=components, algorithm="randomized", n_iter=7, random_state=0)
                    svd.fit(matrix)
                    return cls(vectorizer, svd, components, len(docs))
        return cls(None, None, dimensions, len(docs))

    @property
    def dimensions(self) -> int:
        return self._dimensions

    @property
    def fingerprint(self) -> str:
        """Short hash of the fitted state; changes whenever vectors would change."""
        return self._fingerprint

    @property
    def document_count(self) -> int:
        return self._document_count

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit vectors, one per text.

        A text with no known term would project to zero, which a cosine index cannot
        store; it gets the uniform unit vector instead (a fixed, information-free
        direction: cosine is scale-invariant, so "small" would buy nothing, and every
        vector stays unit-length). Refusal downstream relies on term overlap, not on it.
        """
        items = list(texts)
        if not items:
            return []
        if self._vectorizer is None or self._svd is None:
            matrix = np.array([_hashed_vector(text, self._dimensions) for text in items])
        else:
            matrix = self._svd.transform(self._vectorizer.transform(items))
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        uniform = np.full(self._dimensions, 1.0 / math.sqrt(self._dimensions))
        unit = np.where(norms > 1e-12, matrix / np.maximum(norms, 1e-12), uniform)
        return unit.tolist()

    def to_bytes(self) -> bytes:
        """Serialise with a magic header and format version ahead of the pickle.

        Pickle is acceptable because these bytes are only ever read back from our own
        database, never from users; the header lets `from_bytes` reject foreign or
        future payloads before unpickling anything.
        """
        state = {
            "vectorizer": self._vectorizer,
            "svd": self._svd,
            "dimensions": self._dimensions,
            "document_count": self._document_count,
        }
        return _MAGIC + bytes([_FORMAT_VERSION]) + pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> "LocalEmbedder":
        if not data.startswith(_MAGIC) or len(data) <= len(_MAGIC):
            raise ValueError("not a serialised LocalEmbedder")
        version = data[len(_MAGIC)]
        if version != _FORMAT_VERSION:
            raise ValueError(f"unsupported LocalEmbedder format version {version}")
        state = pickle.loads(data[len(_MAGIC) + 1 :])
        return cls(state["vectorizer"], state["svd"], state["dimensions"], state["document_count"])

    def _compute_fingerprint(self) -> str:
        digest = hashlib.sha256()
        mode = "hashed" if self._svd is None else "lsa"
        digest.update(f"v{_FORMAT_VERSION}:{mode}:{self._dimensions}:{self._document_count}".encode())
        if self._vectorizer is not None and self._svd is not None:
            for term, index in sorted(self._vectorizer.vocabulary_.items()):
                digest.update(f"{term}={index};".encode())
            digest.update(np.ascontiguousarray(self._vectorizer.idf_).tobytes())
            digest.update(np.ascontiguousarray(self._svd.components_).tobytes())
        return digest.hexdigest()[:16]


def _hashed_vector(text: str, dimensions: int) -> np.ndarray:
    vector = np.zeros(dimensions)
    for term, count in Counter(analyze(text)).items():
        weight = 1.0 + math.log(count)  # sublinear tf, like the TF-IDF path
        for slot, sign in _term_slots(term, dimensions):
            vector[slot] += sign * weight
    return vector


@lru_cache(maxsize=65536)
def _term_slots(term: str, dimensions: int) -> tuple[tuple[int, float], ...]:
    # sha256 rather than hash(): Python's string hash is salted per process.
    digest = hashlib.sha256(term.encode("utf-8")).digest()
    return tuple(
        (int.from_bytes(digest[4 * i : 4 * i + 3], "big") % dimensions, 1.0 if digest[4 * i + 3] & 1 else -1.0)
        for i in range(_HASH_SLOTS)
    )
