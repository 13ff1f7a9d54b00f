from __future__ import annotations

import math

import pytest

from app.nlp.bm25 import Bm25Index
from app.nlp.fusion import reciprocal_rank_fusion
from tests.nlp.corpus import corpus_chunks


@pytest.fixture(scope="module")
def index() -> Bm25Index:
    return Bm25Index([(c.id, c.text) for c in corpus_chunks()])


def _lesson_of(chunk_id: str) -> str:
    return chunk_id.rpartition(":")[0]


@pytest.mark.parametrize(
    ("query", "lesson_id"),
    [
        ("Comment calculer une moyenne en ignorant les valeurs manquantes en R ?", "fr-r-moyenne"),
        ("How do I compute a mean while ignoring missing values in R?", "en-r-mean"),
        ("Quelle jointure garde toutes les lignes de la table de gauche ?", "fr-sql-jointures"),
        ("What does VLOOKUP return when the value is missing?", "en-excel-vlookup"),
        ("pd.read_csv séparateur", "fr-pandas-read-csv"),
        ("Pourquoi préférer la médiane quand la distribution est asymétrique ?", "fr-stats-mediane"),
    ],
)
def test_query_retrieves_the_right_lesson_first(index: Bm25Index, query: str, lesson_id: str) -> None:
    hits = index.search(query, limit=5)
    assert _lesson_of(hits[0][0]) == lesson_id


def test_query_without_language_evidence_is_stemmed_like_the_documents() -> None:
    french = Bm25Index([(c.id, c.text) for c in corpus_chunks() if c.lesson_id.startswith("fr-")])
    # "moyennes manquantes" has no stop word or accent; English stemming would give
    # "moyenn"/"manquant" and miss the French terms "moyen"/"manqu".
    hits = french.search("moyennes manquantes")
    assert hits and _lesson_of(hits[0][0]) == "fr-r-moyenne"


def test_results_are_positive_sorted_and_limited(index: Bm25Index) -> None:
    hits = index.search("valeurs manquantes moyenne médiane", limit=4)
    assert len(hits) == 4
    assert all(score > 0 for _, score in hits)
    assert [score for _, score in hits] == sorted((score for _, score in hits), reverse=True)
    assert index.search("valeurs", limit=0) == []


@pytest.mark.parametrize("query", ["", "le la les de", "Quelle est la capitale du Pérou ?"])
def test_queries_without_known_terms_find_nothing(index: Bm25Index, query: str) -> None:
    assert index.search(query) == []


def test_okapi_formula_on_a_tiny_corpus() -> None:
    index = Bm25Index([("a", "médiane médiane salaire"), ("b", "moyenne salaire"), ("c", "jointure")], k1=1.2, b=0.5)
    # "median" occurs twice in a (3 terms); average length is 2.
    idf = math.log(1 + (3 - 1 + 0.5) / (1 + 0.5))
    expected = idf * 2 * 2.2 / (2 + 1.2 * (1 - 0.5 + 0.5 * 3 / 2))
    [(doc_id, score)] = index.search("médiane")
    assert doc_id == "a" and score == pytest.approx(expected)


def test_ties_are_broken_by_id() -> None:
    index = Bm25Index([("z", "jointure gauche"), ("a", "jointure gauche"), ("m", "jointure gauche")])
    assert [doc_id for doc_id, _ in index.search("jointure")] == ["a", "m", "z"]


def test_empty_index_and_duplicate_ids() -> None:
    assert Bm25Index([]).search("moyenne") == []
    with pytest.raises(ValueError):
        Bm25Index([("x", "un"), ("x", "deux")])


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"], ["b"]], k=60)
    assert [doc_id for doc_id, _ in fused] == ["b", "a", "c", "d"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61 + 1 / 61)
    assert fused[2][1] == pytest.approx(1 / 63)


def test_reciprocal_rank_fusion_ties_duplicates_and_empty_input() -> None:
    assert [doc_id for doc_id, _ in reciprocal_rank_fusion([["y"], ["x"]])] == ["x", "y"]
    assert reciprocal_rank_fusion([["a", "a", "b"]]) == [("a", 1 / 61), ("b", 1 / 63)]
    assert reciprocal_rank_fusion([]) == []
