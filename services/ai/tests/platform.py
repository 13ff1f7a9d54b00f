"""The platform's real services as a test drives them: accounts from auth (the admin makes instructors), courses
written and published through the courses service, enrollments. What the AI service learns, it learns from their
events, as in production."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import httpx

PASSWORD = "Correct-Horse-Battery-9"


@dataclass
class User:
    id: uuid.UUID
    email: str
    token: str
    role: str = "learner"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Lesson:
    title: str
    markdown: str
    type: str = "text"
    id: uuid.UUID | None = None


@dataclass
class Course:
    id: uuid.UUID
    module_id: uuid.UUID
    lessons: list[Lesson] = field(default_factory=list)


class Platform:
    def __init__(self, auth_url: str, courses_url: str, admin_email: str, admin_password: str) -> None:
        self.auth = httpx.AsyncClient(base_url=auth_url, timeout=30)
        self.courses = httpx.AsyncClient(base_url=courses_url, timeout=30)
        self._admin = (admin_email, admin_password)
        self._admin_token: str | None = None

    async def close(self) -> None:
        await self.auth.aclose()
        await self.courses.aclose()

    async def learner(self, name: str = "Ada") -> User:
        email = f"{name.lower()}.{uuid.uuid4().hex[:10]}@ai-tests.har.academy"
        response = await self.auth.post("/api/v1/auth/register", json={
            "email": email, "password": PASSWORD, "first_name": name, "last_name": "Lovelace", "language": "fr"})
        assert response.status_code == 201, response.text
        session = response.json()
        return User(uuid.UUID(session["user"]["id"]), email, session["access_token"])

    async def instructor(self, name: str = "Grace") -> User:
        user = await self.learner(name)
        admin = await self._admin_headers()
        response = await self.auth.patch(f"/api/v1/users/{user.id}", json={"role": "instructor"}, headers=admin)
        assert response.status_code == 200, response.text
        return User(user.id, user.email, await self.token(user.email), "instructor")

    async def token(self, email: str, password: str = PASSWORD) -> str:
        response = await self.auth.post("/api/v1/auth/login", json={"email": email, "password": password})
        assert response.status_code == 200, response.text
        return response.json()["access_token"]

    async def _admin_headers(self) -> dict[str, str]:
        if self._admin_token is None:
            self._admin_token = await self.token(*self._admin)
        return {"Authorization": f"Bearer {self._admin_token}"}

    async def course(self, instructor: User, title: str, lessons: list[Lesson], language: str = "fr", domain: str = "R",
                     publish: bool = True) -> Course:
        response = await self.courses.post("/api/v1/courses", headers=instructor.headers, json={
            "title": title, "description": f"{title} : un cours écrit par la suite de tests, assez long pour être publié.",
            "language": language, "domain": domain, "price": {"amount": 0, "currency": "EUR", "pricing_model": "free"}})
        assert response.status_code == 201, response.text
        course_id = uuid.UUID(response.json()["id"])
        module = await self.courses.post(f"/api/v1/courses/{course_id}/modules", headers=instructor.headers, json={"title": "Module 1"})
        assert module.status_code == 201, module.text
        course = Course(course_id, uuid.UUID(module.json()["id"]))
        for lesson in lessons:
            await self.add_lesson(instructor, course, lesson)
        if publish:
            await self.publish(instructor, course)
        return course

    async def add_lesson(self, instructor: User, course: Course, lesson: Lesson) -> Lesson:
        response = await self.courses.post(f"/api/v1/courses/{course.id}/modules/{course.module_id}/lessons", headers=instructor.headers,
                                           json={"title": lesson.title, "type": "text", "markdown": lesson.markdown, "duration_seconds": 300})
        assert response.status_code == 201, response.text
        lesson.id = uuid.UUID(response.json()["id"])
        course.lessons.append(lesson)
        return lesson

    async def delete_lesson(self, instructor: User, course: Course, lesson: Lesson) -> None:
        response = await self.courses.delete(f"/api/v1/courses/{course.id}/lessons/{lesson.id}", headers=instructor.headers)
        assert response.status_code in (200, 204), response.text
        course.lessons.remove(lesson)

    async def publish(self, instructor: User, course: Course) -> None:
        response = await self.courses.post(f"/api/v1/courses/{course.id}/publish", headers=instructor.headers)
        assert response.status_code == 200, response.text

    async def unpublish(self, instructor: User, course: Course) -> None:
        response = await self.courses.post(f"/api/v1/courses/{course.id}/unpublish", headers=instructor.headers)
        assert response.status_code == 200, response.text

    async def enroll(self, learner: User, course: Course) -> uuid.UUID:
        """Returns the enrollment's id."""
        response = await self.courses.post("/api/v1/enrollments", headers=learner.headers, json={"course_id": str(course.id)})
        assert response.status_code in (200, 201), response.text
        return uuid.UUID(response.json()["id"])

    async def drop(self, learner: User, enrollment_id: uuid.UUID) -> None:
        response = await self.courses.delete(f"/api/v1/enrollments/{enrollment_id}", headers=learner.headers)
        assert response.status_code == 204, response.text


async def complete_lesson(platform: Platform, learner: User, lesson: Lesson) -> None:
    response = await platform.courses.put(f"/api/v1/progress/lessons/{lesson.id}", headers=learner.headers, json={"status": "completed"})
    assert response.status_code == 200, response.text


async def add_quiz(platform: Platform, instructor: User, course: Course, title: str, questions: list[dict]) -> Lesson:
    response = await platform.courses.post(f"/api/v1/courses/{course.id}/modules/{course.module_id}/lessons", headers=instructor.headers,
                                           json={"title": title, "type": "quiz", "duration_seconds": 120,
                                                 "quiz": {"passing_score": 70, "questions": questions}})
    assert response.status_code == 201, response.text
    lesson = Lesson(title, "", "quiz", uuid.UUID(response.json()["id"]))
    course.lessons.append(lesson)
    return lesson


async def attempt_quiz(platform: Platform, learner: User, course: Course, quiz: Lesson, value: bool) -> dict:
    """Answers every true/false question of `quiz` with `value`."""
    lesson = await platform.courses.get(f"/api/v1/courses/{course.id}/lessons/{quiz.id}", headers=learner.headers)
    assert lesson.status_code == 200, lesson.text
    answers = [{"question_id": question["id"], "value": value} for question in lesson.json()["quiz"]["questions"]]
    response = await platform.courses.post(f"/api/v1/courses/{course.id}/lessons/{quiz.id}/quiz-attempts", headers=learner.headers,
                                           json={"answers": answers})
    assert response.status_code == 201, response.text
    return response.json()
