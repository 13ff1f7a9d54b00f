"""The tutor through its HTTP API, on courses published through the real courses service and indexed from its events."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.conftest import AiUnderTest, eventually
from tests.fixtures import EXCEL_LOOKUP, INJECTION, R_MISSING_VALUES, SQL_JOINS, lessons
from tests.platform import Course, Platform, User


async def indexed_chunks(ai: AiUnderTest, course: Course) -> int:
    async with ai.services.pool.connection() as connection:
        row = await (await connection.execute("SELECT count(*) AS n FROM chunks WHERE course_id = %s", (course.id,))).fetchone()
    return row["n"]


@pytest.fixture(scope="module")
async def setup(ai: AiUnderTest, platform: Platform) -> tuple[Course, User, User]:
    instructor = await platform.instructor()
    course = await platform.course(instructor, f"Analyse de données {uuid.uuid4().hex[:6]}",
                                   lessons(R_MISSING_VALUES, EXCEL_LOOKUP, SQL_JOINS, INJECTION))
    await eventually(lambda: indexed_chunks(ai, course), lambda count: count >= 4)
    learner = await platform.learner()
    await platform.enroll(learner, course)
    return course, learner, instructor


async def ask(ai: AiUnderTest, user: User, course: Course, message: str, **extra: object):
    return await ai.client.post("/api/v1/ai/chat", headers=user.headers, json={"course_id": str(course.id), "message": message, **extra})


async def test_an_answer_cites_the_lesson_that_holds_it(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    response = await ask(ai, learner, course, "Comment calculer une moyenne en ignorant les valeurs manquantes en R ?")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["mode"] == "local"
    assert body["answered_from_course"] is True
    assert "na.rm" in body["answer"]
    r_lesson = next(lesson for lesson in course.lessons if lesson.title == R_MISSING_VALUES.title)
    assert body["citations"][0]["lesson_id"] == str(r_lesson.id)
    assert body["citations"][0]["lesson_title"] == R_MISSING_VALUES.title
    assert "na.rm" in body["citations"][0]["excerpt"]


async def test_a_question_the_course_does_not_answer_is_refused(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    body = (await ask(ai, learner, course, "Quelle est la capitale du Pérou ?")).json()
    assert body["answered_from_course"] is False
    assert body["citations"] == []
    assert "Je ne trouve pas" in body["answer"]


async def test_a_question_on_a_neighbouring_topic_the_course_never_names_is_refused(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    # RECHERCHEV is taught here; VBA is never mentioned: quoting the RECHERCHEV lesson would not answer the question.
    body = (await ask(ai, learner, course, "Comment appeler RECHERCHEV depuis une macro VBA ?")).json()
    assert body["answered_from_course"] is False
    assert body["citations"] == []
    answered = (await ask(ai, learner, course, "Que renvoie RECHERCHEV avec FAUX comme dernier argument ?")).json()
    assert answered["answered_from_course"] is True


async def test_instructions_inside_lessons_do_not_change_the_tutor(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    body = (await ask(ai, learner, course, "Quand faut-il rendre les exercices du module ?")).json()
    assert body["answered_from_course"] is True
    assert body["answer"].strip() != "HACKED"
    assert "vendredi" in body["answer"]


async def test_the_conversation_is_kept_and_continued(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    first = (await ask(ai, learner, course, "Que fait RECHERCHEV dans Excel ?")).json()
    conversation_id = first["conversation_id"]
    second = (await ask(ai, learner, course, "Et son dernier argument ?", conversation_id=conversation_id)).json()
    assert second["conversation_id"] == conversation_id
    assert second["answered_from_course"] is True
    assert any(citation["lesson_title"] == EXCEL_LOOKUP.title for citation in second["citations"])

    listed = await ai.client.get("/api/v1/ai/chat/conversations", params={"course_id": str(course.id)}, headers=learner.headers)
    assert conversation_id in [item["id"] for item in listed.json()]
    messages = (await ai.client.get(f"/api/v1/ai/chat/conversations/{conversation_id}", headers=learner.headers)).json()
    assert [message["role"] for message in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[1]["citations"][0]["lesson_title"] == EXCEL_LOOKUP.title


async def test_the_answer_streams_as_server_sent_events(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    events: list[tuple[str, dict]] = []
    async with ai.client.stream("POST", "/api/v1/ai/chat", headers={**learner.headers, "Accept": "text/event-stream"},
                                json={"course_id": str(course.id), "message": "Que garde une jointure externe gauche en SQL ?"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        event = ""
        async for raw in response.aiter_lines():
            line = raw.rstrip("\r\n")  # httpx 0.23 keeps the line ending
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                events.append((event, json.loads(line[6:])))
    names = [name for name, _ in events]
    assert names[0] == "start" and names[-1] == "done"
    assert names.count("token") >= 3
    done = events[-1][1]
    assert "".join(data["text"] for name, data in events if name == "token") == done["answer"]
    assert done["citations"][0]["lesson_title"] == SQL_JOINS.title
    assert events[0][1]["conversation_id"] == done["conversation_id"]


async def test_only_enrolled_learners_may_ask(ai: AiUnderTest, platform: Platform, setup) -> None:
    course, _, _ = setup
    stranger = await platform.learner("Eve")
    response = await ask(ai, stranger, course, "Que fait RECHERCHEV ?")
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"


async def test_the_course_instructor_may_try_the_tutor(ai: AiUnderTest, setup) -> None:
    course, _, instructor = setup
    assert (await ask(ai, instructor, course, "Que fait RECHERCHEV ?")).status_code == 200


async def test_someone_elses_conversation_is_not_found(ai: AiUnderTest, platform: Platform, setup) -> None:
    course, learner, _ = setup
    mine = (await ask(ai, learner, course, "Que fait RECHERCHEV ?")).json()["conversation_id"]
    other = await platform.learner("Mallory")
    await platform.enroll(other, course)
    response = await ask(ai, other, course, "Que fait RECHERCHEV ?", conversation_id=mine)
    assert response.status_code == 404
    assert (await ai.client.get(f"/api/v1/ai/chat/conversations/{mine}", headers=other.headers)).status_code == 404


@pytest.mark.parametrize("body, field", [
    ({"message": "Bonjour ?"}, "course_id"),
    ({"course_id": "not-a-uuid", "message": "Bonjour ?"}, "course_id"),
    ({"course_id": str(uuid.uuid4()), "message": "   "}, "message"),
    ({"course_id": str(uuid.uuid4()), "message": "x" * 2001}, "message"),
    ({"course_id": str(uuid.uuid4()), "message": "Bonjour ?", "language": "de"}, "language"),
    ({"course_id": str(uuid.uuid4()), "message": "Bonjour ?", "temperature": 2}, "temperature"),
])
async def test_bad_input_is_a_400_naming_the_field(ai: AiUnderTest, setup, body: dict, field: str) -> None:
    _, learner, _ = setup
    response = await ai.client.post("/api/v1/ai/chat", headers=learner.headers, json=body)
    assert response.status_code == 400
    problem = response.json()
    assert problem["status"] == 400 and field in problem["errors"]


async def test_without_a_valid_token_the_tutor_is_closed(ai: AiUnderTest, setup) -> None:
    course, learner, _ = setup
    body = {"course_id": str(course.id), "message": "Que fait RECHERCHEV ?"}
    assert (await ai.client.post("/api/v1/ai/chat", json=body)).status_code == 401
    forged = learner.token[:-4] + ("AAAA" if not learner.token.endswith("AAAA") else "BBBB")
    assert (await ai.client.post("/api/v1/ai/chat", json=body, headers={"Authorization": f"Bearer {forged}"})).status_code == 401
