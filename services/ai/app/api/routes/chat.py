"""The course tutor: `POST /api/v1/ai/chat` answers as JSON, or streams with `Accept: text/event-stream` (events
`start`, `token`… then `done` with the whole reply, or `error` with a problem); and the learner's conversations."""

from __future__ import annotations

import json
import logging
import uuid
from typing import AsyncIterator

from fastapi import APIRouter, Depends, Header
from fastapi.responses import StreamingResponse

from app.api.deps import get_current_user, get_services
from app.core.security import CurrentUser
from app.core.services import Services
from app.clients.courses import CoursesUnavailable
from app.core.problems import Problem
from app.models.chat import ChatRequest, ChatResponse, ConversationMessage, ConversationSummary
from app.tutor.tutor import Reply

router = APIRouter(prefix="/api/v1/ai", tags=["Tutor"])
logger = logging.getLogger("app.tutor")


def _public(reply: Reply) -> dict:
    return ChatResponse(conversation_id=reply.conversation_id, answer=reply.answer,
                        citations=[citation.__dict__ for citation in reply.citations],
                        answered_from_course=reply.answered_from_course, mode=reply.mode).dict()


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"


@router.post("/chat", response_model=ChatResponse, responses={
    200: {"content": {"text/event-stream": {}}, "description": "The reply, or its stream"},
    403: {"description": "Not enrolled in the course"}, 404: {"description": "Unknown conversation"},
    429: {"description": "Too many questions this minute"}})
async def chat(body: ChatRequest, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services),
               accept: str | None = Header(None)):
    try:
        turn = await services.tutor.begin(user, body.course_id, body.message, body.conversation_id, body.language)
    except CoursesUnavailable:
        raise Problem(503, "The courses service is unreachable: enrollment cannot be checked.", "Service Unavailable")
    if "text/event-stream" not in (accept or ""):
        reply = None
        async for item in services.tutor.stream(turn):
            if isinstance(item, Reply):
                reply = item
        assert reply is not None
        return _public(reply)

    async def events() -> AsyncIterator[str]:
        yield _sse("start", {"conversation_id": str(turn.conversation_id), "mode": services.tutor.mode})
        try:
            async for item in services.tutor.stream(turn):
                if isinstance(item, Reply):
                    yield _sse("done", _public(item))
                else:
                    yield _sse("token", {"text": item})
        except Exception:
            logger.exception("The tutor's stream failed")
            yield _sse("error", {"title": "Internal Server Error", "status": 500, "detail": "The answer could not be completed."})

    # No proxy buffering (nginx honours X-Accel-Buffering), so each token reaches the browser as it is written.
    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/chat/conversations", response_model=list[ConversationSummary])
async def list_conversations(course_id: uuid.UUID, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> list[dict]:
    return await services.conversations.list_for(user.id, course_id)


@router.get("/chat/conversations/{conversation_id}", response_model=list[ConversationMessage])
async def get_conversation(conversation_id: uuid.UUID, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> list[dict]:
    messages = await services.conversations.messages(user.id, conversation_id)
    if messages is None:
        raise Problem(404, "No such conversation.", "Not Found")
    return messages
