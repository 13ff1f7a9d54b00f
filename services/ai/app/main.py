"""The AI service (issue 13): a course tutor with cited answers, recommendations, and what they need (indexing of the
courses' content from the event stream). Served by uvicorn (`app.main:app`) as an Aspire resource."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI

from app.api.routes import analytics, chat, health, internal, quizzes, recommendations
from app.core.access_log import AccessLogMiddleware
from app.core.config import Settings, get_settings
from app.core.logging import configure_logging
from app.core.problems import install_problem_handlers
from app.core.request_ids import RequestIdMiddleware
from app.core.services import Services
from app.core.telemetry import configure_telemetry, current_span_ids, instrument_app

logger = logging.getLogger("app")


def create_app(settings: Settings | None = None, run_background: bool = True) -> FastAPI:
    settings = settings or get_settings()
    telemetry = configure_telemetry()
    configure_logging(current_span_ids, [telemetry.log_handler] if telemetry.log_handler else [])
    # Operation ids are the route functions' names (short, stable: the web app's generated types use them).
    app = FastAPI(title="Har Academy AI", version="v1", openapi_url="/openapi/v1.json", docs_url=None, redoc_url=None,
                  generate_unique_id_function=lambda route: route.name)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        app.state.services = await Services.start(settings, telemetry, run_background)
        logger.info("AI service started in %s mode", app.state.services.tutor.mode)
        try:
            yield
        finally:
            await app.state.services.stop()
            telemetry.shutdown()

    # FastAPI 0.92 (Debian's) takes no lifespan argument; its Starlette router does.
    app.router.lifespan_context = lifespan
    install_problem_handlers(app)
    for router in (health.router, chat.router, recommendations.router, quizzes.router, analytics.router, internal.router):
        app.include_router(router)
    # Each add wraps what is there: the request id (outermost) exists before the request's span starts, and the access
    # log line is written inside the span, so it carries both.
    app.add_middleware(AccessLogMiddleware)
    instrument_app(app, telemetry)
    app.add_middleware(RequestIdMiddleware)
    return app


app = create_app() if __name__ != "__main__" else None
