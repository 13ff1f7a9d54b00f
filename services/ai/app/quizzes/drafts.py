"""Quiz generation for an instructor's lesson, and the review that must come before anything reaches learners:
questions are generated from the lesson's own sentences (app/nlp/quizgen.py: each tied to the sentence it comes
from), kept as a draft here, approved, edited or rejected one by one, and only the approved ones are saved into the
courses service, as a new quiz lesson right after the source lesson, in the instructor's name."""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import asdict
from typing import Any

from psycopg_pool import AsyncConnectionPool

from app.clients.courses import CoursesClient
from app.core.problems import Problem
from app.core.security import CurrentUser
from app.nlp.quizgen import extract_key_terms, generate_questions
from app.nlp.text import detect_language, lesson_prose

_TITLES = {"fr": "Quiz : {title}", "en": "Quiz: {title}"}
OTHER_LESSONS = 12  # read for distractors when the course is not indexed yet


def lesson_text(lesson: dict[str, Any]) -> str:
    """What a lesson says, whatever its type (a quiz lesson's own questions are not a source)."""
    if lesson.get("type") == "video":
        return (lesson.get("video") or {}).get("transcript") or ""
    if lesson.get("type") == "exercise":
        return (lesson.get("exercise") or {}).get("instructions") or ""
    return lesson.get("markdown") or ""


def check_question(question: dict[str, Any]) -> dict[str, list[str]]:
    """The rules the courses service applies to a quiz question, checked before an approval (errors by field)."""
    errors: dict[str, list[str]] = {}
    kind, options, correct = question["type"], question["options"], question["correct_options"]
    if kind in ("single_choice", "multiple_choice"):
        if len(options) < 2:
            errors["options"] = ["needs at least two options"]
        if len(set(option.casefold() for option in options)) != len(options):
            errors.setdefault("options", []).append("must be different from each other")
        if any(index >= len(options) for index in correct) or not correct:
            errors["correct_options"] = ["must name at least one of the options"]
        elif kind == "single_choice" and len(correct) != 1:
            errors["correct_options"] = ["a single-choice question has exactly one right option"]
    if kind == "true_false" and question["correct_boolean"] is None:
        errors["correct_boolean"] = ["is required for a true/false question"]
    if kind == "short_answer" and not question["accepted_answers"]:
        errors["accepted_answers"] = ["needs at least one accepted answer"]
    return errors


class QuizDrafts:
    def __init__(self, pool: AsyncConnectionPool, courses: CoursesClient) -> None:
        self._pool = pool
        self._courses = courses

    async def _taught_course(self, course_id: uuid.UUID, user: CurrentUser) -> dict[str, Any]:
        course, teaches = await self._courses.taught_course(course_id, user)
        if course is None:
            raise Problem(404, "No such course.", "Not Found")
        if not teaches:
            raise Problem(403, "Only the course's instructor generates and reviews its quizzes.", "Forbidden")
        return course

    async def generate(self, user: CurrentUser, course_id: uuid.UUID, lesson_id: uuid.UUID, count: int, language: str | None) -> dict:
        course = await self._taught_course(course_id, user)
        lesson = await self._courses.lesson(course_id, lesson_id, user)
        if lesson is None:
            raise Problem(404, "No such lesson in this course.", "Not Found", {"lesson_id": ["is not a lesson of this course"]})
        text = lesson_text(lesson)
        if lesson.get("type") == "quiz" or not text.strip():
            raise Problem(422, "This lesson has no text to make questions from (a video needs its transcript).", "Unprocessable Entity",
                          {"lesson_id": ["has no text, transcript or instructions"]})
        language = language or detect_language(lesson_prose(lesson["type"], text))
        distractors = await self._distractor_terms(user, course, lesson_id, language)
        questions = await asyncio.to_thread(generate_questions, lesson["title"], text, lesson["type"], language, count, distractors)
        if not questions:
            raise Problem(422, "The lesson is too short to make questions from.", "Unprocessable Entity", {"lesson_id": ["has too little text"]})
        stored = [{"id": uuid.uuid4().hex[:12], **asdict(question), "status": "pending"} for question in questions]
        draft_id = uuid.uuid4()
        async with self._pool.connection() as connection:
            await connection.execute(
                """INSERT INTO quiz_drafts (id, course_id, lesson_id, lesson_title, instructor_id, language, questions, status, mode)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, 'draft', 'local')""",
                (draft_id, course_id, lesson_id, lesson["title"], user.id, language, json.dumps(stored)))
        return await self.get(user, draft_id)

    async def _distractor_terms(self, user: CurrentUser, course: dict[str, Any], lesson_id: uuid.UUID, language: str) -> list[str]:
        """Wrong options from the same course's vocabulary: the key terms of its other lessons, as indexed, or (a course
        not published yet) as the courses service gives them to their instructor."""
        async with self._pool.connection() as connection:
            rows = await (await connection.execute(
                "SELECT type, text FROM lessons WHERE course_id = %s AND id <> %s AND type <> 'quiz'", (course["id"], lesson_id))).fetchall()
        texts = [lesson_prose(row["type"], row["text"]) for row in rows]
        if not rows:
            others = [lesson["id"] for module in course.get("modules") or [] for lesson in module.get("lessons") or []
                      if lesson["id"] != str(lesson_id) and lesson.get("type") != "quiz"][:OTHER_LESSONS]
            fetched = await asyncio.gather(*(self._courses.lesson(course["id"], uuid.UUID(other), user) for other in others))
            texts = [lesson_prose(lesson["type"], lesson_text(lesson)) for lesson in fetched if lesson]
        terms: list[str] = []
        for text in texts:
            terms.extend(extract_key_terms(text, language, limit=10))
        return list(dict.fromkeys(terms))

    async def list_for(self, user: CurrentUser, course_id: uuid.UUID) -> list[dict]:
        await self._taught_course(course_id, user)
        async with self._pool.connection() as connection:
            return await (await connection.execute(
                "SELECT * FROM quiz_drafts WHERE course_id = %s AND status <> 'discarded' ORDER BY created_at DESC LIMIT 50", (course_id,))).fetchall()

    async def get(self, user: CurrentUser, draft_id: uuid.UUID) -> dict:
        async with self._pool.connection() as connection:
            draft = await (await connection.execute("SELECT * FROM quiz_drafts WHERE id = %s", (draft_id,))).fetchone()
        if draft is None:
            raise Problem(404, "No such quiz draft.", "Not Found")
        await self._taught_course(draft["course_id"], user)
        return draft

    async def review(self, user: CurrentUser, draft_id: uuid.UUID, question_id: str, changes: dict[str, Any]) -> dict:
        draft = await self.get(user, draft_id)
        if draft["status"] != "draft":
            raise Problem(409, f"This draft is {draft['status']}: it can no longer be changed.", "Conflict")
        questions = draft["questions"]
        question = next((item for item in questions if item["id"] == question_id), None)
        if question is None:
            raise Problem(404, "No such question in this draft.", "Not Found")
        question.update({key: value for key, value in changes.items() if value is not None})
        if question["status"] == "approved" and (errors := check_question(question)):
            raise Problem(400, "The question cannot be approved as it is.", "Bad Request", errors)
        async with self._pool.connection() as connection:
            await connection.execute("UPDATE quiz_drafts SET questions = %s, updated_at = now() WHERE id = %s",
                                     (json.dumps(questions), draft_id))
        return await self.get(user, draft_id)

    async def discard(self, user: CurrentUser, draft_id: uuid.UUID) -> None:
        draft = await self.get(user, draft_id)
        if draft["status"] == "saved":
            raise Problem(409, "This draft is saved as a quiz: edit the quiz lesson instead.", "Conflict")
        async with self._pool.connection() as connection:
            await connection.execute("UPDATE quiz_drafts SET status = 'discarded', updated_at = now() WHERE id = %s", (draft_id,))

    async def save(self, user: CurrentUser, draft_id: uuid.UUID, title: str | None, passing_score: int) -> dict:
        draft = await self.get(user, draft_id)
        if draft["status"] != "draft":
            raise Problem(409, f"This draft is {draft['status']}.", "Conflict")
        approved = [question for question in draft["questions"] if question["status"] == "approved"]
        if not approved:
            raise Problem(422, "Approve at least one question before saving the quiz.", "Unprocessable Entity",
                          {"questions": ["none is approved"]})
        source = await self._courses.lesson(draft["course_id"], draft["lesson_id"], user)
        if source is None:
            raise Problem(409, "The lesson these questions come from no longer exists.", "Conflict")
        lesson = {
            "title": title or _TITLES.get(draft["language"], _TITLES["en"]).format(title=draft["lesson_title"])[:200],
            "type": "quiz", "duration_seconds": 60 * len(approved), "position": int(source.get("position", 0)) + 1,
            "quiz": {"passing_score": passing_score, "questions": [_question_write(question) for question in approved]},
        }
        response = await self._courses.add_lesson(draft["course_id"], uuid.UUID(source["module_id"]), lesson, user)
        if response.status_code != 201:
            # The courses service's own problem (its rules on quizzes), passed on as this request's.
            body = response.json() if response.headers.get("content-type", "").startswith("application/") else {}
            raise Problem(422 if response.status_code < 500 else 502, body.get("detail") or "The courses service refused the quiz.",
                          "Unprocessable Entity" if response.status_code < 500 else "Bad Gateway", body.get("errors"))
        lesson_id = uuid.UUID(response.json()["id"])
        async with self._pool.connection() as connection:
            await connection.execute("UPDATE quiz_drafts SET status = 'saved', saved_lesson_id = %s, updated_at = now() WHERE id = %s",
                                     (lesson_id, draft_id))
        return {"draft_id": draft_id, "lesson_id": lesson_id, "questions": len(approved)}


def _question_write(question: dict[str, Any]) -> dict[str, Any]:
    """The courses service's QuestionWrite for one approved question."""
    write: dict[str, Any] = {"type": question["type"], "prompt": question["prompt"], "explanation": question["explanation"][:2000], "points": 1}
    if question["type"] in ("single_choice", "multiple_choice"):
        write.update(options=question["options"], correct_options=question["correct_options"])
    elif question["type"] == "true_false":
        write["correct_boolean"] = question["correct_boolean"]
    else:
        write["accepted_answers"] = question["accepted_answers"][:20]
    return write
