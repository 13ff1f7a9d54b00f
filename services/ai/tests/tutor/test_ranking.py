"""How retrieval orders a course's chunks: the vector and keyword rankings fused, a teaching lesson before the quiz or
exercise that checks the same point."""

from __future__ import annotations

from app.tutor.retrieval import rank_passages


def chunk(chunk_id: str, lesson_type: str) -> dict:
    return {"text": f"text of {chunk_id}", "lesson_id": chunk_id.split(":")[0], "lesson_title": chunk_id.split(":")[0],
            "lesson_type": lesson_type}


def test_chunks_found_by_both_methods_come_first() -> None:
    chunks = {"a:0": chunk("a:0", "text"), "b:0": chunk("b:0", "text"), "c:0": chunk("c:0", "video")}
    passages = rank_passages(chunks, keyword=[("b:0", 4.0), ("c:0", 2.0)], similarities={"c:0": 0.8, "a:0": 0.7}, limit=3)
    assert [p.chunk_id for p in passages] == ["c:0", "b:0", "a:0"]
    assert passages[0].similarity == 0.8 and passages[0].keyword_score == 2.0
    assert passages[2].keyword_score == 0.0


def test_a_teaching_lesson_comes_before_the_quiz_that_checks_the_same_point() -> None:
    chunks = {"quiz:0": chunk("quiz:0", "quiz"), "lesson:0": chunk("lesson:0", "text")}
    # The quiz's explanation ranks first for both methods, the lesson second: the lesson still leads.
    passages = rank_passages(chunks, keyword=[("quiz:0", 5.0), ("lesson:0", 4.0)], similarities={"quiz:0": 0.9, "lesson:0": 0.85}, limit=2)
    assert [p.lesson_id for p in passages] == ["lesson", "quiz"]


def test_a_quiz_that_alone_holds_the_point_is_still_found() -> None:
    chunks = {"quiz:0": chunk("quiz:0", "quiz"), "lesson:0": chunk("lesson:0", "text")}
    passages = rank_passages(chunks, keyword=[("quiz:0", 5.0)], similarities={"quiz:0": 0.9, "lesson:0": 0.1}, limit=2)
    assert passages[0].lesson_id == "quiz"
