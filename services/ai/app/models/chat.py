"""The tutor's request and response shapes (issue 13's contract)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal, Optional

from pydantic import BaseModel, Extra, constr


class ChatRequest(BaseModel):
    course_id: uuid.UUID
    message: constr(strip_whitespace=True, min_length=1, max_length=2000)  # type: ignore[valid-type]
    conversation_id: Optional[uuid.UUID] = None
    language: Optional[Literal["fr", "en"]] = None

    class Config:
        extra = Extra.forbid  # a misspelt field is an error, not silently ignored (as in the C# services)


class CitationPublic(BaseModel):
    lesson_id: uuid.UUID
    lesson_title: str
    excerpt: str


class ChatResponse(BaseModel):
    conversation_id: uuid.UUID
    answer: str
    citations: list[CitationPublic]
    answered_from_course: bool
    mode: Literal["local", "llm"]


class ConversationSummary(BaseModel):
    id: uuid.UUID
    first_question: Optional[str]
    created_at: datetime
    updated_at: datetime


class ConversationMessage(BaseModel):
    role: Literal["user", "assistant"]
    content: str
    citations: list[CitationPublic]
    answered_from_course: Optional[bool]
    mode: Optional[Literal["local", "llm"]]
    created_at: datetime
