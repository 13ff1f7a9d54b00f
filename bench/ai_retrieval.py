"""The tutor's retrieval and local answers on the evaluation set, in seconds and without the graph: the seeded catalog's
lessons (services/HarAcademy.Courses/Seeding/Catalog) go through the service's own chunking, embedder, BM25 index,
rank fusion and extractive answers; only Chroma's vector search is replaced by an exact cosine over the same vectors.
For tuning retrieval; bench/ai-eval.sh measures the same figures through the running service. `-v` lists the questions
whose lesson is not first, and the unanswerable questions that were answered."""
import glob
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services" / "ai"))

from ai_eval import plain  # noqa: E402
from app.indexing.embedding_models import searchable_text  # noqa: E402
from app.nlp.bm25 import Bm25Index  # noqa: E402
from app.nlp.chunking import chunk_lesson  # noqa: E402
from app.nlp.embeddings import LocalEmbedder  # noqa: E402
from app.nlp.extractive import compose_answer  # noqa: E402
from app.nlp.text import tokenize  # noqa: E402
from app.tutor.retrieval import CANDIDATES, rank_passages  # noqa: E402

QUESTIONS = json.loads((ROOT / "bench" / "ai-eval" / "questions.json").read_text(encoding="utf-8"))


def lesson_text(lesson: dict) -> str:
    """What the courses service announces for a lesson (CourseChanges.TextOf, in C#): transcript, Markdown,
    instructions, or a quiz's prompts and explanations."""
    kind = lesson["type"]
    if kind == "video":
        return (lesson.get("video") or {}).get("transcript") or ""
    if kind == "text":
        return lesson.get("markdown") or ""
    if kind == "exercise":
        return (lesson.get("exercise") or {}).get("instructions") or ""
    if kind == "quiz":
        questions = (lesson.get("quiz") or {}).get("questions") or []
        return "\n".join(text for q in questions for text in (q.get("prompt"), q.get("explanation")) if text and text.strip())
    return ""


def seeded_courses() -> dict[str, dict[str, dict]]:
    """Published course title → its chunks' rows, as the indexer stores them."""
    courses: dict[str, dict[str, dict]] = {}
    for path in sorted(glob.glob(str(ROOT / "services/HarAcademy.Courses/Seeding/Catalog/[!_]*.json"))):
        course = json.loads(Path(path).read_text(encoding="utf-8"))
        if str(course.get("published")).lower() != "true":
            continue
        rows: dict[str, dict] = {}
        for module_number, module in enumerate(course["modules"]):
            for lesson_number, lesson in enumerate(module["lessons"]):
                lesson_id = f"{course['slug']}-{module_number}-{lesson_number}"
                for chunk in chunk_lesson(lesson_id, lesson["title"], lesson_text(lesson), lesson["type"]):
                    rows[chunk.id] = {"text": chunk.text, "lesson_id": lesson_id, "lesson_title": lesson["title"],
                                      "lesson_type": lesson["type"]}
        courses[course["title"]] = rows
    return courses


class OfflineTutor:
    def __init__(self, courses: dict[str, dict[str, dict]]) -> None:
        self.courses = courses
        rows = {chunk_id: row for chunks in courses.values() for chunk_id, row in chunks.items()}
        self.embedder = LocalEmbedder.fit([searchable_text(row) for row in rows.values()])
        vectors = np.array(self.embedder.embed([searchable_text(row) for row in rows.values()]))
        self.vectors = dict(zip(rows, vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)))
        self.indexes = {title: Bm25Index([(i, searchable_text(row)) for i, row in chunks.items()]) for title, chunks in courses.items()}
        self.words = {title: frozenset(w for row in chunks.values() for w in tokenize(searchable_text(row))) for title, chunks in courses.items()}

    def search(self, course: str, question: str, limit: int = 5):
        chunks = self.courses[course]
        query = np.array(self.embedder.embed([question])[0])
        query /= max(float(np.linalg.norm(query)), 1e-12)
        similarities = {chunk_id: float(self.vectors[chunk_id] @ query) for chunk_id in chunks}
        nearest = sorted(similarities, key=lambda chunk_id: -similarities[chunk_id])[:CANDIDATES]
        return rank_passages(chunks, self.indexes[course].search(question, CANDIDATES),
                             {chunk_id: max(0.0, similarities[chunk_id]) for chunk_id in nearest}, limit)

    def answer(self, course: str, question: str, passages):
        return compose_answer(question, passages, "fr", self.words[course])


def main() -> None:
    verbose = "-v" in sys.argv
    tutor = OfflineTutor(seeded_courses())
    answerable = QUESTIONS["answerable"]
    reciprocal, first, cited_first, cited_any, answered, terms = 0.0, 0, 0, 0, 0, 0
    for item in answerable:
        passages = tutor.search(item["course"], item["question"])
        lessons = list(dict.fromkeys(p.lesson_title for p in passages))
        rank = lessons.index(item["lesson"]) + 1 if item["lesson"] in lessons else None
        reciprocal += 1 / rank if rank else 0.0
        first += rank == 1
        reply = tutor.answer(item["course"], item["question"], passages)
        cited = [citation.lesson_title for citation in reply.citations]
        answered += reply.answered
        cited_first += bool(cited) and cited[0] == item["lesson"]
        cited_any += item["lesson"] in cited
        terms += all(plain(term) in plain(reply.answer) for term in item["expected_terms"])
        if verbose and rank != 1:
            print(f"  lesson at rank {rank}: {item['question']!r} → {lessons}")
    refused = 0
    for item in QUESTIONS["unanswerable"]:
        reply = tutor.answer(item["course"], item["question"], tutor.search(item["course"], item["question"]))
        refused += not reply.answered
        if verbose and reply.answered:
            print(f"  answered, not in the course: {item['question']!r}")
    n, m = len(answerable), len(QUESTIONS["unanswerable"])
    print(f"== offline, {n} answerable questions: hit@1 {first / n:.2f}, MRR {reciprocal / n:.3f}, answered {answered / n:.2f}, "
          f"first citation right {cited_first / n:.2f}, right lesson cited {cited_any / n:.2f}, expected terms {terms / n:.2f}")
    print(f"== offline, {m} unanswerable questions: refused {refused / m:.2f} ({refused}/{m})")


if __name__ == "__main__":
    main()
