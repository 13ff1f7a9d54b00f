"""Next courses for a learner, from three signals over what the service learned from the event stream:
co-enrollment (item-to-item cosine over who took what: "learners of X also take Y"), content similarity (TF-IDF
cosine over each course's title, keywords and lessons: titles and text), and popularity (enrollments, log-scaled).
A new learner, with nothing to compare, gets the popular courses, in their language first. Each item says why."""

from __future__ import annotations

import asyncio
import math
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from psycopg_pool import AsyncConnectionPool

from sklearn.feature_extraction.text import TfidfVectorizer

from app.nlp.text import analyze

WEIGHTS = {"co_enrollment": 0.45, "similar_content": 0.35, "popular": 0.20}
SAME_LANGUAGE_BONUS = 0.05

_REASONS = {
    # Non-breaking spaces inside « » (French typography): the quotes never end up alone at a line's start.
    "fr": {"co_enrollment": "Les apprenants de «\u00a0{because}\u00a0» suivent aussi ce cours.",
           "similar_content": "Proche de «\u00a0{because}\u00a0», l’un de vos cours.",
           "popular": "Parmi les cours les plus suivis."},
    "en": {"co_enrollment": "Learners of \"{because}\" also take this course.",
           "similar_content": "Close to \"{because}\", one of your courses.",
           "popular": "Among the most followed courses."},
}


@dataclass(frozen=True)
class Recommendation:
    course_id: uuid.UUID
    title: str
    language: str
    domain: str
    score: float
    reason_code: str
    reason: str
    because_course_id: uuid.UUID | None


class Recommender:
    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool

    async def for_learner(self, learner_id: uuid.UUID, language: str, limit: int) -> list[Recommendation]:
        async with self._pool.connection() as connection:
            courses = {row["id"]: row for row in await (await connection.execute(
                "SELECT id, title, description, language, domain, keywords FROM courses WHERE status = 'published'")).fetchall()}
            enrollments = await (await connection.execute("SELECT learner_id, course_id, ended_at IS NOT NULL AS ended FROM enrollments")).fetchall()
            profiles = await (await connection.execute(
                "SELECT course_id, string_agg(title || '. ' || text, ' ' ORDER BY position) AS lessons FROM lessons GROUP BY course_id")).fetchall()
        # Ended enrollments (dropped, refunded) count for nobody's signals, but a course the learner left is not offered
        # to them again.
        learners_of: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        left: set[uuid.UUID] = set()
        for row in enrollments:
            if not row["ended"]:
                learners_of[row["course_id"]].add(row["learner_id"])
            elif row["learner_id"] == learner_id:
                left.add(row["course_id"])
        taken = {course_id for course_id, learners in learners_of.items() if learner_id in learners}
        mine = [course_id for course_id in courses if course_id in taken]  # withdrawn courses have no title to give
        candidates = [course_id for course_id in courses if course_id not in taken and course_id not in left]
        if not candidates:
            return []
        lesson_texts = {row["course_id"]: row["lessons"] or "" for row in profiles}
        similarity = await asyncio.to_thread(_content_similarity, courses, lesson_texts, mine, candidates)
        most = max((len(learners_of[c]) for c in candidates), default=0)
        my_languages = {courses[c]["language"] for c in mine} or {language}
        reasons = _REASONS.get(language, _REASONS["fr"])
        scored: list[Recommendation] = []
        for candidate in candidates:
            co, co_because = _best(((_cosine(learners_of[candidate], learners_of[m]), m) for m in mine))
            content, content_because = _best(((similarity.get((candidate, m), 0.0), m) for m in mine))
            popular = math.log1p(len(learners_of[candidate])) / math.log1p(most) if most else 0.0
            parts = {"co_enrollment": WEIGHTS["co_enrollment"] * co, "similar_content": WEIGHTS["similar_content"] * content,
                     "popular": WEIGHTS["popular"] * popular}
            score = sum(parts.values()) + (SAME_LANGUAGE_BONUS if courses[candidate]["language"] in my_languages else 0.0)
            code = max(parts, key=lambda key: (parts[key], key == "popular"))
            because = {"co_enrollment": co_because, "similar_content": content_because}.get(code) if parts[code] > 0 else None
            if because is None:
                code = "popular"
            scored.append(Recommendation(candidate, courses[candidate]["title"], courses[candidate]["language"],
                                         courses[candidate]["domain"], round(score, 4), code,
                                         reasons[code].format(because=courses[because]["title"] if because else ""), because))
        scored.sort(key=lambda item: (-item.score, item.title))
        return scored[:limit]


def _cosine(a: set[Any], b: set[Any]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def _best(pairs) -> tuple[float, Any]:
    best = max(pairs, key=lambda pair: pair[0], default=(0.0, None))
    return (best[0], best[1]) if best[0] > 0 else (0.0, None)


def _content_similarity(courses: dict, lesson_texts: dict, mine: list, candidates: list) -> dict[tuple, float]:
    """Cosine between each candidate and each of the learner's courses, over TF-IDF vectors of their whole text. Sparse
    TF-IDF rather than the tutor's LSA space: shared rare terms (`ggplot2`, `RECHERCHEV`) are what makes two courses
    close, and a catalog's few dozen documents are fitted in milliseconds. Descriptions are left out: they are
    marketing prose, alike from one course to the next."""
    if not mine:
        return {}
    ids = list(courses)
    texts = [" ".join([courses[c]["title"], " ".join(courses[c]["keywords"] or []), lesson_texts.get(c, "")]) for c in ids]
    matrix = TfidfVectorizer(analyzer=analyze, sublinear_tf=True).fit_transform(texts)
    index = {course_id: i for i, course_id in enumerate(ids)}
    mine_rows = matrix[[index[m] for m in mine]]
    scores = (matrix[[index[c] for c in candidates]] @ mine_rows.T).toarray()
    return {(candidate, m): float(scores[i, j]) for i, candidate in enumerate(candidates) for j, m in enumerate(mine)}
