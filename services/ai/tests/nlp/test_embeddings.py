from __future__ import annotations

import math

import numpy as np
import pytest

from app.nlp.embeddings import LocalEmbedder
from tests.nlp.corpus import corpus_chunks


@pytest.fixture(scope="module")
def embedder() -> LocalEmbedder:
    return LocalEmbedder.fit([c.text for c in corpus_chunks()])


def _best_lessons(embedder: LocalEmbedder, question: str, top: int = 1) -> list[str]:
    chunks = corpus_chunks()
    vectors = np.array(embedder.embed([c.text for c in chunks]))
    scores = vectors @ np.array(embedder.embed([question])[0])
    return [chunks[i].lesson_id for i in np.argsort(-scores, kind="stable")[:top]]


@pytest.mark.parametrize(
    ("question", "lesson_id"),
    [
        ("Comment calculer une moyenne en ignorant les valeurs manquantes en R ?", "fr-r-moyenne"),
        ("How do I compute a mean while ignoring missing values in R?", "en-r-mean"),
        ("Quelle jointure garde toutes les lignes de la table de gauche ?", "fr-sql-jointures"),
        ("Which Excel function searches a value in the first column of a table?", "en-excel-vlookup"),
        ("Comment lire un fichier CSV séparé par des points-virgules ?", "fr-pandas-read-csv"),
    ],
)
def test_questions_retrieve_the_right_lesson_first(embedder: LocalEmbedder, question: str, lesson_id: str) -> None:
    assert _best_lessons(embedder, question) == [lesson_id]


def test_dimensions_follow_the_corpus_size(embedder: LocalEmbedder) -> None:
    count = len(corpus_chunks())
    assert embedder.document_count == count
    assert embedder.dimensions == min(192, count - 1)
    assert LocalEmbedder.fit([c.text for c in corpus_chunks()], dimensions=8).dimensions == 8


def test_vectors_are_unit_length_and_sized(embedder: LocalEmbedder) -> None:
    vectors = embedder.embed(["La médiane résiste aux valeurs extrêmes.", "VLOOKUP exact match"])
    assert all(len(v) == embedder.dimensions for v in vectors)
    assert all(math.isclose(np.linalg.norm(v), 1.0, rel_tol=1e-9) for v in vectors)
    assert embedder.embed([]) == []


def test_out_of_vocabulary_text_gets_the_uniform_unit_vector(embedder: LocalEmbedder) -> None:
    expected = [1.0 / math.sqrt(embedder.dimensions)] * embedder.dimensions
    for text in ["", "zzzqx ptérodactyle", "le la les the of"]:
        assert np.allclose(embedder.embed([text])[0], expected)


def test_bytes_round_trip_keeps_vectors_and_fingerprint(embedder: LocalEmbedder) -> None:
    restored = LocalEmbedder.from_bytes(embedder.to_bytes())
    texts = ["moyenne na.rm", "LEFT JOIN", "pd.read_csv sep"]
    assert restored.embed(texts) == embedder.embed(texts)
    assert restored.fingerprint == embedder.fingerprint
    assert restored.dimensions == embedder.dimensions
    assert restored.document_count == embedder.document_count


def test_fingerprint_is_stable_for_the_same_fit_and_changes_with_the_corpus(embedder: LocalEmbedder) -> None:
    texts = [c.text for c in corpus_chunks()]
    assert LocalEmbedder.fit(texts).fingerprint == embedder.fingerprint
    assert LocalEmbedder.fit(texts[:-1]).fingerprint != embedder.fingerprint
    assert len(embedder.fingerprint) == 16 and int(embedder.fingerprint, 16) >= 0


def test_from_bytes_rejects_unknown_versions_and_foreign_data(embedder: LocalEmbedder) -> None:
    data = bytearray(embedder.to_bytes())
    data[len(b"HARAI-EMB")] = 99
    with pytest.raises(ValueError, match="version 99"):
        LocalEmbedder.from_bytes(bytes(data))
    with pytest.raises(ValueError):
        LocalEmbedder.from_bytes(b"\x80\x04garbage")
    with pytest.raises(ValueError):
        LocalEmbedder.from_bytes(b"HARAI-EMB")


@pytest.mark.parametrize(
    "documents",
    [[], ["Une seule leçon sur la médiane."], ["La moyenne.", "La médiane."], ["le la", "the of", "et ou"]],
)
def test_small_or_degenerate_corpora_use_the_hashed_fallback(documents: list[str]) -> None:
    embedder = LocalEmbedder.fit(documents, dimensions=64)
    assert embedder.dimensions == 64
    first, second, unrelated = embedder.embed(
        ["médiane des salaires", "la médiane des salaires", "jointure SQL"]
    )
    assert np.dot(first, second) == pytest.approx(1.0)  # stop words do not change the vector
    assert np.dot(first, unrelated) < 0.5
    restored = LocalEmbedder.from_bytes(embedder.to_bytes())
    assert restored.embed(["médiane"]) == embedder.embed(["médiane"])
    assert restored.fingerprint == embedder.fingerprint == LocalEmbedder.fit(documents, dimensions=64).fingerprint


def test_dimensions_must_be_positive() -> None:
    with pytest.raises(ValueError):
        LocalEmbedder.fit(["a b", "c d", "e f"], dimensions=0)
