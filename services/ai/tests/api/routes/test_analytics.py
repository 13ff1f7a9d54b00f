"""Performance analysis from the learning events: the learner's own, and at-risk learners for the instructor."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import AiUnderTest, eventually
from tests.fixtures import R_MISSING_VALUES, SQL_JOINS, lessons
from tests.platform import Course, Platform, User, add_quiz, attempt_quiz, complete_lesson

TRUE_QUESTIONS = [
    {"type": "true_false", "prompt": "mean(x, na.rm = TRUE) ignore les valeurs manquantes.", "correct_boolean": True, "explanation": "na.rm retire les NA."},
    {"type": "true_false", "prompt": "is.na(x) indique les valeurs manquantes.", "correct_boolean": True, "explanation": "is.na teste chaque valeur."},
]


async def attempts_known(ai: AiUnderTest, learner: User) -> int:
    async with ai.services.pool.connection() as connection:
        row = await (await connection.execute("SELECT count(*) AS n FROM quiz_attempts WHERE learner_id = %s", (learner.id,))).fetchone()
    return row["n"]


@pytest.fixture(scope="module")
async def studied(ai: AiUnderTest, platform: Platform) -> tuple[User, Course, User, User]:
    instructor = await platform.instructor("Paul")
    course = await platform.course(instructor, f"R pas à pas {uuid.uuid4().hex[:6]}", lessons(R_MISSING_VALUES, SQL_JOINS), publish=False)
    quiz = await add_quiz(platform, instructor, course, "Quiz valeurs manquantes", TRUE_QUESTIONS)
    await platform.publish(instructor, course)
    good, struggling = await platform.learner("Alice"), await platform.learner("Bruno")
    for learner in (good, struggling):
        await platform.enroll(learner, course)
        await complete_lesson(platform, learner, course.lessons[0])
    assert (await attempt_quiz(platform, good, course, quiz, True))["passed"] is True
    for _ in range(2):
        assert (await attempt_quiz(platform, struggling, course, quiz, False))["passed"] is False
    await eventually(lambda: attempts_known(ai, struggling), lambda count: count == 2)
    await eventually(lambda: attempts_known(ai, good), lambda count: count == 1)
    return instructor, course, good, struggling


async def test_my_analysis_shows_progress_pace_and_strengths(ai: AiUnderTest, studied) -> None:
    _, course, good, _ = studied
    response = await ai.client.get("/api/v1/ai/analytics/me", headers=good.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    mine = next(item for item in body["courses"] if item["course_id"] == str(course.id))
    assert mine["total_lessons"] == 3
    assert mine["completed_lessons"] == 2  # the text lesson, and the quiz it passed
    assert mine["lessons_per_week"] > 0
    assert [topic["lesson_title"] for topic in mine["strengths"]] == ["Quiz valeurs manquantes"]
    assert mine["weak_topics"] == []
    assert body["summary"]["lessons_completed"] >= 2
    assert sum(week["quiz_attempts"] for week in body["weekly_activity"]) >= 1


async def test_a_weak_topic_names_the_lessons_to_revisit(ai: AiUnderTest, studied) -> None:
    _, course, _, struggling = studied
    mine = next(item for item in (await ai.client.get("/api/v1/ai/analytics/me", headers=struggling.headers)).json()["courses"]
                if item["course_id"] == str(course.id))
    [weak] = mine["weak_topics"]
    assert weak["lesson_title"] == "Quiz valeurs manquantes" and weak["attempts"] == 2 and weak["best_score"] == 0
    assert [lesson["lesson_title"] for lesson in weak["lessons_to_revisit"]] == [R_MISSING_VALUES.title, SQL_JOINS.title]


async def test_the_instructor_sees_who_is_at_risk_and_why(ai: AiUnderTest, studied) -> None:
    instructor, course, good, struggling = studied
    response = await ai.client.get(f"/api/v1/ai/analytics/courses/{course.id}", headers=instructor.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["learners"] == 2
    [at_risk] = body["at_risk"]
    assert at_risk["learner_id"] == str(struggling.id)
    assert at_risk["name"] == "Bruno Lovelace"
    assert set(at_risk["reasons"]) == {"low_scores", "repeated_failures"}
    assert at_risk["lessons_to_revisit"][0]["lesson_title"] == R_MISSING_VALUES.title
    [topic] = body["quiz_topics"]
    assert topic["pass_rate"] == 0.5 and topic["learners"] == 2


async def test_only_the_courses_instructor_sees_its_learners(ai: AiUnderTest, platform: Platform, studied) -> None:
    _, course, good, _ = studied
    assert (await ai.client.get(f"/api/v1/ai/analytics/courses/{course.id}", headers=good.headers)).status_code == 403
    other = await platform.instructor("Remi")
    assert (await ai.client.get(f"/api/v1/ai/analytics/courses/{course.id}", headers=other.headers)).status_code == 403
    assert (await ai.client.get(f"/api/v1/ai/analytics/courses/{uuid.uuid4()}", headers=other.headers)).status_code == 404
