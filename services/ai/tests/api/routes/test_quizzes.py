"""Quiz generation from an instructor's lesson, the review, and the save into the courses service."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import AiUnderTest
from tests.fixtures import EXCEL_LOOKUP, R_MISSING_VALUES, lessons
from tests.platform import Course, Platform, User


@pytest.fixture(scope="module")
async def authored(platform: Platform) -> tuple[User, Course]:
    instructor = await platform.instructor("Marie")
    course = await platform.course(instructor, f"Quiz R {uuid.uuid4().hex[:6]}", lessons(R_MISSING_VALUES, EXCEL_LOOKUP), publish=False)
    return instructor, course


async def generate(ai: AiUnderTest, user: User, course: Course, count: int = 4):
    return await ai.client.post("/api/v1/ai/quizzes/generate", headers=user.headers,
                                json={"course_id": str(course.id), "lesson_id": str(course.lessons[0].id), "count": count})


async def test_questions_come_from_the_lessons_sentences_and_wait_for_review(ai: AiUnderTest, authored) -> None:
    instructor, course = authored
    response = await generate(ai, instructor, course)
    assert response.status_code == 201, response.text
    draft = response.json()
    assert draft["status"] == "draft" and draft["mode"] == "local" and draft["language"] == "fr"
    assert 1 <= len(draft["questions"]) <= 4
    lesson_text = R_MISSING_VALUES.markdown.replace("`", "")
    for question in draft["questions"]:
        assert question["status"] == "pending"
        assert question["source_sentence"].replace("`", "")[:40] in lesson_text
        assert question["type"] in {"single_choice", "multiple_choice", "true_false", "short_answer"}


async def test_only_approved_questions_are_saved_as_a_quiz_lesson(ai: AiUnderTest, platform: Platform, authored) -> None:
    instructor, course = authored
    draft = (await generate(ai, instructor, course)).json()
    nothing = await ai.client.post(f"/api/v1/ai/quizzes/drafts/{draft['id']}/save", headers=instructor.headers, json={})
    assert nothing.status_code == 422

    first, *rest = draft["questions"]
    approved = await ai.client.patch(f"/api/v1/ai/quizzes/drafts/{draft['id']}/questions/{first['id']}", headers=instructor.headers,
                                     json={"status": "approved", "prompt": first["prompt"] + " (revu)"})
    assert approved.status_code == 200, approved.text
    for question in rest:
        await ai.client.patch(f"/api/v1/ai/quizzes/drafts/{draft['id']}/questions/{question['id']}", headers=instructor.headers,
                              json={"status": "rejected"})
    saved = await ai.client.post(f"/api/v1/ai/quizzes/drafts/{draft['id']}/save", headers=instructor.headers, json={"passing_score": 60})
    assert saved.status_code == 201, saved.text
    assert saved.json()["questions"] == 1

    lesson = (await platform.courses.get(f"/api/v1/courses/{course.id}/lessons/{saved.json()['lesson_id']}", headers=instructor.headers)).json()
    assert lesson["type"] == "quiz" and lesson["title"].startswith("Quiz : ")
    assert [question["prompt"] for question in lesson["quiz"]["questions"]] == [first["prompt"] + " (revu)"]
    assert lesson["quiz"]["passing_score"] == 60
    assert lesson["position"] == 1  # right after its source lesson
    again = await ai.client.patch(f"/api/v1/ai/quizzes/drafts/{draft['id']}/questions/{first['id']}", headers=instructor.headers,
                                  json={"status": "rejected"})
    assert again.status_code == 409


async def test_an_invalid_approval_is_a_400_naming_the_field(ai: AiUnderTest, authored) -> None:
    instructor, course = authored
    draft = (await generate(ai, instructor, course, count=8)).json()
    choice = next((q for q in draft["questions"] if q["type"] == "single_choice"), None)
    if choice is None:
        pytest.fail(f"no single-choice question among {[q['type'] for q in draft['questions']]}")
    response = await ai.client.patch(f"/api/v1/ai/quizzes/drafts/{draft['id']}/questions/{choice['id']}", headers=instructor.headers,
                                     json={"status": "approved", "correct_options": [0, 1]})
    assert response.status_code == 400
    assert "correct_options" in response.json()["errors"]


async def test_another_instructor_cannot_generate_or_read_the_drafts(ai: AiUnderTest, platform: Platform, authored) -> None:
    instructor, course = authored
    draft = (await generate(ai, instructor, course)).json()
    other = await platform.instructor("Claire")
    assert (await generate(ai, other, course)).status_code in (403, 404)
    assert (await ai.client.get(f"/api/v1/ai/quizzes/drafts/{draft['id']}", headers=other.headers)).status_code in (403, 404)
    learner = await platform.learner()
    assert (await ai.client.get("/api/v1/ai/quizzes/drafts", params={"course_id": str(course.id)}, headers=learner.headers)).status_code in (403, 404)


async def test_a_lesson_without_text_is_unprocessable(ai: AiUnderTest, platform: Platform, authored) -> None:
    instructor, course = authored
    response = await ai.client.post("/api/v1/ai/quizzes/generate", headers=instructor.headers,
                                    json={"course_id": str(course.id), "lesson_id": str(uuid.uuid4())})
    assert response.status_code == 404
    assert (await ai.client.post("/api/v1/ai/quizzes/generate", headers=instructor.headers,
                                 json={"course_id": str(course.id), "lesson_id": str(course.lessons[0].id), "count": 0})).status_code == 400
