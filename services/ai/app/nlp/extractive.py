"""Extractive answers: quote the lesson sentences that best answer a question.

Lesson text is data. Sentences are only ever inserted as `str.format` arguments into
fixed templates (never used as templates), so braces or instructions in a lesson can
neither break formatting nor change what the answer says around the quotation.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import AbstractSet, Sequence

from app.nlp.text import analyze, detect_language, guess_language, named_things, split_sentences, tokenize

# Refusal. Local mode can only quote sentences that share terms with the question, so
# evidence is mainly term coverage: the share of the question's content terms found in
# the passage that contains most of them.
MIN_TERM_COVERAGE = 0.5  # most terms present: answer whatever the vector similarity
MIN_PARTIAL_COVERAGE = 0.25  # below this, one stray shared word ("monde") is not evidence
MIN_SIMILARITY = 0.35  # between the two coverages, answer only if the vector store agrees

# Sentence scoring.
STRONG_MATCH = 0.5  # idf-weighted overlap that makes a sentence's neighbours useful context
RANK_BONUS = 0.15  # divided by (rank + 1): trusts the retriever's order a little
ADJACENT_BONUS = 0.1
SECONDARY_RATIO = 0.6  # extra sentences must score at least 60 % of the best one
MAX_SENTENCES = 3
SHORT_SENTENCE_WORDS = 5  # headings and fragments rarely answer anything
LONG_SENTENCE_WORDS = 60  # run-on transcript lines dilute the answer
LENGTH_PENALTY = 0.6
MAX_EXCERPT_CHARS = 300

_TEMPLATES = {
    "fr": {
        "paragraph": "D'après la leçon « {title} » : {sentences}",
        "refusal": "Je ne trouve pas la réponse dans les leçons de ce cours. "
        "Reformulez votre question ou demandez à votre formateur.",
    },
    "en": {
        "paragraph": 'According to the lesson "{title}": {sentences}',
        "refusal": "I can't find the answer in this course's lessons. "
        "Rephrase your question or ask your instructor.",
    },
}


@dataclass(frozen=True)
class Passage:
    chunk_id: str
    lesson_id: str
    lesson_title: str
    text: str
    similarity: float  # cosine similarity from the vector store, 0..1
    keyword_score: float  # BM25 score; 0 when BM25 did not find the chunk


@dataclass(frozen=True)
class Citation:
    lesson_id: str
    lesson_title: str
    excerpt: str


@dataclass(frozen=True)
class ExtractiveAnswer:
    answered: bool
    answer: str
    citations: list[Citation]
    confidence: float


@dataclass(frozen=True)
class _Sentence:
    passage: Passage
    rank: int  # passage rank as given by the caller (0 = best)
    index: int  # position inside the passage
    text: str
    overlap: float  # idf-weighted share of the question's terms
    score: float


def compose_answer(question: str, passages: Sequence[Passage], language: str,
                   course_words: AbstractSet[str] | None = None) -> ExtractiveAnswer:
    """Answer from 1-3 lesson sentences with one citation per lesson, or refuse. With `course_words` (every token of
    the course's lessons, lowercased), a question naming something the course never mentions (`VBA`, `ROW_NUMBER()`)
    is refused however many of its other words the passages share."""
    templates = _TEMPLATES["fr" if language.lower().startswith("fr") else "en"]
    refusal = ExtractiveAnswer(answered=False, answer=templates["refusal"], citations=[], confidence=0.0)
    if not passages:
        return refusal
    if course_words is not None and any(name not in course_words for name in named_things(question)):
        return refusal
    languages = [detect_language(p.text) for p in passages]
    # A question without language evidence is analysed like most of the passages.
    question_language = guess_language(question) or Counter(languages).most_common(1)[0][0]
    question_terms = set(analyze(question, question_language))
    if not question_terms:  # empty, greeting or stop words only
        return refusal
    sentence_texts = [[" ".join(s.split()) for s in split_sentences(p.text)] for p in passages]
    sentence_terms = [
        [set(analyze(s, language)) for s in texts] for texts, language in zip(sentence_texts, languages)
    ]
    passage_terms = [set().union(*sentences) for sentences in sentence_terms]
    coverage = max(len(question_terms & terms) / len(question_terms) for terms in passage_terms)
    similarity = max(min(max(p.similarity, 0.0), 1.0) for p in passages)
    if coverage < MIN_PARTIAL_COVERAGE or (coverage < MIN_TERM_COVERAGE and similarity < MIN_SIMILARITY):
        return refusal
    document_frequency = Counter(t for terms in passage_terms for t in terms & question_terms)
    idf = {t: math.log(1 + (len(passages) + 1) / (document_frequency[t] + 0.5)) for t in question_terms}
    chosen = _select(_score(passages, sentence_texts, sentence_terms, question_terms, idf))
    if not chosen:
        return refusal
    by_lesson: dict[str, list[_Sentence]] = {}
    for sentence in chosen:  # chosen is best-first, so lessons come in order of relevance
        by_lesson.setdefault(sentence.passage.lesson_id, []).append(sentence)
    paragraphs: list[str] = []
    citations: list[Citation] = []
    for sentences in by_lesson.values():
        sentences.sort(key=lambda s: (_chunk_position(s), s.index))  # reading order in the lesson
        title = sentences[0].passage.lesson_title
        quoted = " ".join(s.text for s in sentences)
        paragraphs.append(templates["paragraph"].format(title=title, sentences=quoted))
        citations.append(Citation(sentences[0].passage.lesson_id, title, shorten(quoted)))
    confidence = round(min(1.0, 0.6 * coverage + 0.4 * similarity), 3)
    return ExtractiveAnswer(answered=True, answer="\n\n".join(paragraphs), citations=citations, confidence=confidence)


def _score(
    passages: Sequence[Passage],
    sentence_texts: list[list[str]],
    sentence_terms: list[list[set[str]]],
    question_terms: set[str],
    idf: dict[str, float],
) -> list[_Sentence]:
    total_weight = sum(idf.values())
    scored: list[_Sentence] = []
    for rank, passage in enumerate(passages):
        overlaps = [sum(idf[t] for t in question_terms & terms) / total_weight for terms in sentence_terms[rank]]
        for index, (text, overlap) in enumerate(zip(sentence_texts[rank], overlaps)):
            words = len(text.split())
            length_factor = LENGTH_PENALTY if words < SHORT_SENTENCE_WORDS or words > LONG_SENTENCE_WORDS else 1.0
            neighbours = overlaps[max(index - 1, 0) : index] + overlaps[index + 1 : index + 2]
            adjacent = ADJACENT_BONUS if any(n >= STRONG_MATCH for n in neighbours) else 0.0
            score = overlap * length_factor + RANK_BONUS / (rank + 1) + adjacent
            scored.append(_Sentence(passage, rank, index, text, overlap, score))
    return scored


def _select(scored: list[_Sentence]) -> list[_Sentence]:
    """Best matching sentences first, without duplicates (overlapping chunks repeat sentences).

    Only sentences sharing a term with the question qualify: bonuses rank them, never admit them.
    """
    ordered = sorted((s for s in scored if s.overlap > 0), key=lambda s: (-s.score, s.rank, s.index))
    chosen: list[_Sentence] = []
    seen: set[str] = set()
    for sentence in ordered:
        key = " ".join(tokenize(sentence.text))
        if key in seen or sentence.score < SECONDARY_RATIO * ordered[0].score:
            continue
        seen.add(key)
        chosen.append(sentence)
        if len(chosen) == MAX_SENTENCES:
            break
    return chosen


def _chunk_position(sentence: _Sentence) -> int:
    """Chunk ids are "{lesson_id}:{position}"; fall back to the retrieval rank otherwise."""
    suffix = sentence.passage.chunk_id.rpartition(":")[2]
    return int(suffix) if suffix.isdigit() else sentence.rank


def shorten(text: str, limit: int = MAX_EXCERPT_CHARS) -> str:
    """`text` cut on a word to at most `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
