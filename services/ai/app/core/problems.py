"""RFC 9457 problem details for every error, shaped like the C# services' (type, title, status, detail, instance,
`trace_id`/`request_id`, and `errors` by field for bad input): the web app reads one shape whichever service answers."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.request_ids import current_request_id
from app.core.telemetry import current_traceparent

logger = logging.getLogger("app.problems")
MEDIA_TYPE = "application/problem+json"


class Problem(Exception):
    """Raised by routes and services: becomes the response as is."""

    def __init__(self, status: int, detail: str, title: str | None = None, errors: dict[str, list[str]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title
        self.errors = errors
        self.headers = headers


def problem_response(request: Request, status: int, detail: str | None, title: str | None = None,
                     errors: dict[str, list[str]] | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"https://tools.ietf.org/html/rfc9110#section-15.{5 if status < 500 else 6}",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "instance": request.url.path,
    }
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    # Named as the C# services name them, so the web app reads one shape.
    request_id = current_request_id.get()
    if request_id:
        body["request_id"] = request_id
    traceparent = current_traceparent()
    if traceparent:
        body["trace_id"] = traceparent
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _field_name(location: tuple[Any, ...]) -> str:
    # ("body", "course_id") → "course_id"; ("query", "limit") → "limit"; the whole body → "body".
    parts = [str(part) for part in location if part not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def on_problem(request: Request, problem: Problem) -> JSONResponse:
        return problem_response(request, problem.status, problem.detail, problem.title, problem.errors, problem.headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        errors: dict[str, list[str]] = {}
        for item in error.errors():
            errors.setdefault(_field_name(tuple(item.get("loc", ()))), []).append(str(item.get("msg", "is invalid")))
        return problem_response(request, 400, "One or more fields are invalid.", "Bad Request", errors)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, error: StarletteHTTPException) -> JSONResponse:
        detail = error.detail if isinstance(error.detail, str) and error.detail != HTTPStatus(error.status_code).phrase else None
        return problem_response(request, error.status_code, detail, headers=getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, error: Exception) -> JSONResponse:
        logger.exception("Unhandled error on %s %s", request.method, request.url.path)
        return problem_response(request, 500, "An unexpected error occurred.")
