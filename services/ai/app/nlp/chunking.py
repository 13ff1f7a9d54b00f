"""Split a lesson into overlapping, sentence-aligned chunks for retrieval."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.nlp.text import lesson_prose, split_sentences, tokenize

_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Chunk:
    id: str
    lesson_id: str
    position: int
    text: str


def chunk_lesson(
    lesson_id: str, lesson_title: str, text: str, lesson_type: str, max_words: int = 120
) -> list[Chunk]:
    """Chunks of at most ~`max_words` words, cut only between sentences.

    Paragraphs stay whole when they fit; consecutive chunks share one sentence so an
    answer spanning a boundary is still retrievable. A sentence longer than `max_words`
    becomes its own chunk rather than being cut mid-thought. The title is stored by the
    caller as metadata, so a heading that merely repeats it is dropped from the text.
    Sentences are joined with newlines so `split_sentences` recovers them exactly
    (headings, table rows and code lines have no final period to split on).
    """
    plain = lesson_prose(lesson_type, text)
    title_key = " ".join(tokenize(lesson_title))
    paragraphs: list[list[str]] = []
    for block in _PARAGRAPH_BREAK_RE.split(plain):
        sentences = [s for s in split_sentences(block) if " ".join(tokenize(s)) not in ("", title_key)]
        if sentences:
            paragraphs.append(sentences)
    packed = _pack(paragraphs, max(1, max_words))
    return [
        Chunk(id=f"{lesson_id}:{position}", lesson_id=lesson_id, position=position, text="\n".join(sentences))
        for position, sentences in enumerate(packed)
    ]


def _word_count(sentences: list[str]) -> int:
    return sum(len(sentence.split()) for sentence in sentences)


def _pack(paragraphs: list[list[str]], max_words: int) -> list[list[str]]:
    chunks: list[list[str]] = []
    current: list[str] = []
    for paragraph in paragraphs:
        paragraph_words = _word_count(paragraph)
        # Start the paragraph in a fresh chunk if it fits in one but not in the current one.
        if current and paragraph_words <= max_words < _word_count(current) + paragraph_words:
            current = _close(chunks, current, paragraph_words, max_words)
        for sentence in paragraph:
            if current and _word_count(current) + len(sentence.split()) > max_words:
                current = _close(chunks, current, len(sentence.split()), max_words)
            current.append(sentence)
    if current:
        chunks.append(current)
    return chunks


def _close(chunks: list[list[str]], current: list[str], next_words: int, max_words: int) -> list[str]:
    """Emit `current`; return the start of the next chunk (the overlap sentence, if it fits
    alongside the `next_words` words about to be added).

    A single-sentence chunk is not repeated: the next chunk would otherwise contain it whole.
    """
    chunks.append(current)
    overlap = current[-1]
    if len(current) > 1 and len(overlap.split()) + next_words <= max_words:
        return [overlap]
    return []
