from __future__ import annotations

import dataclasses

import pytest

from app.nlp.chunking import Chunk, chunk_lesson
from app.nlp.text import split_sentences, strip_markdown
from tests.nlp.corpus import ALL_LESSONS, lesson


def _sentences(count: int, words: int = 10) -> list[str]:
    return [" ".join([f"Mot{i}x{j}" for j in range(words - 1)] + [f"fin{i}."]) for i in range(count)]


@pytest.mark.parametrize("text", ["", "   \n\n\t  ", "# \n\n---\n"])
def test_empty_text_gives_no_chunks(text: str) -> None:
    assert chunk_lesson("l1", "Titre", text, "text") == []


def test_ids_positions_and_determinism() -> None:
    item = lesson("fr-r-moyenne")
    first = chunk_lesson(item.id, item.title, item.text, item.type, max_words=40)
    second = chunk_lesson(item.id, item.title, item.text, item.type, max_words=40)
    assert first == second
    assert len(first) > 1
    assert [c.id for c in first] == [f"fr-r-moyenne:{i}" for i in range(len(first))]
    assert [c.position for c in first] == list(range(len(first)))
    assert all(c.lesson_id == "fr-r-moyenne" for c in first)


def test_chunk_is_frozen() -> None:
    chunk = Chunk(id="a:0", lesson_id="a", position=0, text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        chunk.text = "y"  # type: ignore[misc]


def test_chunks_respect_max_words_and_overlap_by_one_sentence() -> None:
    text = " ".join(_sentences(12))  # 12 sentences of 10 words, one paragraph
    chunks = chunk_lesson("l", "T", text, "video", max_words=35)
    assert all(len(c.text.split()) <= 35 for c in chunks)
    for previous, following in zip(chunks, chunks[1:]):
        assert split_sentences(previous.text)[-1] == split_sentences(following.text)[0]
    covered = {s for c in chunks for s in split_sentences(c.text)}
    assert covered == set(_sentences(12))


def test_long_sentence_becomes_its_own_chunk_without_cutting_words() -> None:
    long_sentence = "Une " + " ".join(f"terme{i}" for i in range(50)) + "."
    text = f"Phrase courte avant. {long_sentence} Phrase courte après."
    chunks = chunk_lesson("l", "T", text, "video", max_words=20)
    assert [c.text for c in chunks] == ["Phrase courte avant.", long_sentence, "Phrase courte après."]


def test_paragraphs_are_kept_whole_when_they_fit() -> None:
    first, second = _sentences(2, words=12), _sentences(3, words=12)
    second = [s.replace("Mot", "Autre") for s in second]
    text = " ".join(first) + "\n\n" + " ".join(second)
    chunks = chunk_lesson("l", "T", text, "video", max_words=40)
    # The second paragraph (36 words) does not fit after the first (24), so it starts a new
    # chunk; the overlap sentence would push it over 40 words, so it is not repeated.
    assert [split_sentences(c.text) for c in chunks] == [first, second]


def test_markdown_is_stripped_for_text_lessons_only() -> None:
    markdown = "# Les jointures\n\nLa clause **LEFT JOIN** garde toutes les lignes.\n\n- `INNER JOIN` filtre"
    text_chunks = chunk_lesson("l", "Les jointures", markdown, "text")
    assert [c.text for c in text_chunks] == ["La clause LEFT JOIN garde toutes les lignes.\nINNER JOIN filtre"]
    raw_chunks = chunk_lesson("l", "Les jointures", markdown, "video")
    assert "**LEFT JOIN**" in raw_chunks[0].text


def test_every_sentence_of_every_corpus_lesson_is_in_some_chunk() -> None:
    for item in ALL_LESSONS:
        chunks = chunk_lesson(item.id, item.title, item.text, item.type, max_words=30)
        plain = strip_markdown(item.text) if item.type == "text" else item.text
        chunked = {s for c in chunks for s in split_sentences(c.text)}
        expected = {s for s in split_sentences(plain) if s != item.title}
        assert expected == chunked, item.id
