"""The courses service over HTTP (`services__courses__http__0`), always as the caller: their token goes along, so
courses answers only what this user may see (their enrollments, a lesson of a course they teach)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from app.core.request_ids import current_request_id
from app.core.security import CurrentUser


@dataclass(frozen=True)
class Enrollment:
    course_id: uuid.UUID
    status: str
    progress_percentage: float


class CoursesUnavailable(Exception):
    pass


class CoursesClient:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def enrollments(self, user: CurrentUser) -> list[Enrollment]:
        body = await self._get_json("/api/v1/enrollments/me", user)
        return [Enrollment(uuid.UUID(item["course_id"]), item["status"], float(item.get("progress_percentage") or 0)) for item in body or []]

    async def course(self, course_id: uuid.UUID, user: CurrentUser) -> dict[str, Any] | None:
        return await self._get_json(f"/api/v1/courses/{course_id}", user)

    async def lesson(self, course_id: uuid.UUID, lesson_id: uuid.UUID, user: CurrentUser) -> dict[str, Any] | None:
        """The lesson as its editor sees it (answers included) when the user teaches the course."""
        return await self._get_json(f"/api/v1/courses/{course_id}/lessons/{lesson_id}", user)

    async def add_lesson(self, course_id: uuid.UUID, module_id: uuid.UUID, lesson: dict[str, Any], user: CurrentUser) -> httpx.Response:
        try:
            return await self._http.post(f"/api/v1/courses/{course_id}/modules/{module_id}/lessons", json=lesson,
                                         headers=self._headers(user), timeout=10)
        except httpx.HTTPError as error:
            raise CoursesUnavailable(str(error)) from error

    async def taught_course(self, course_id: uuid.UUID, user: CurrentUser) -> tuple[dict[str, Any] | None, bool]:
        """(the course as this user may see it, or None; whether the user teaches it: its instructor, or an admin)."""
        course = await self.course(course_id, user)
        return course, course is not None and (user.is_admin or course.get("instructor_id") == str(user.id))

    async def may_use_tutor(self, course_id: uuid.UUID, user: CurrentUser) -> bool:
        """Learners enrolled in the course (active or completed); its instructor and admins, to try it out."""
        if any(enrollment.course_id == course_id for enrollment in await self.enrollments(user)):
            return True
        return user.role in ("instructor", "admin") and (await self.taught_course(course_id, user))[1]

    @staticmethod
    def _headers(user: CurrentUser) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {user.token}"}
        request_id = current_request_id.get()
        if request_id:
            headers["X-Request-Id"] = request_id
        return headers

    async def _get_json(self, path: str, user: CurrentUser) -> Any:
        try:
            response = await self._http.get(path, headers=self._headers(user), timeout=10)
        except httpx.HTTPError as error:
            raise CoursesUnavailable(str(error)) from error
        if response.status_code in (403, 404):
            return None  # not this user's to see: the same as absent
        if response.status_code >= 500:
            raise CoursesUnavailable(f"courses answered {response.status_code}")
        response.raise_for_status()
        return response.json()
