"""Quiz drafts: generated questions the instructor reviews (approve, edit, reject) before any is saved as a quiz."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal, Optional

from pydantic import BaseModel, Extra, conint, conlist, constr

QuestionType = Literal["single_choice", "multiple_choice", "true_false", "short_answer"]
QuestionStatus = Literal["pending", "approved", "rejected"]


class GenerateQuizRequest(BaseModel):
    course_id: uuid.UUID
    lesson_id: uuid.UUID
    count: conint(ge=1, le=20) = 5  # type: ignore[valid-type]
    language: Optional[Literal["fr", "en"]] = None

    class Config:
        extra = Extra.forbid


class DraftQuestionPublic(BaseModel):
    id: str
    type: QuestionType
    prompt: str
    options: list[str]
    correct_options: list[int]
    correct_boolean: Optional[bool]
    accepted_answers: list[str]
    explanation: str
    source_sentence: str
    status: QuestionStatus


class QuizDraftPublic(BaseModel):
    id: uuid.UUID
    course_id: uuid.UUID
    lesson_id: uuid.UUID
    lesson_title: str
    language: Literal["fr", "en"]
    status: Literal["draft", "saved", "discarded"]
    saved_lesson_id: Optional[uuid.UUID]
    mode: Literal["local", "llm"]
    questions: list[DraftQuestionPublic]
    created_at: datetime
    updated_at: datetime


class QuestionReview(BaseModel):
    """The instructor's decision and edits on one question; every field optional."""
    status: Optional[QuestionStatus] = None
    prompt: Optional[constr(strip_whitespace=True, min_length=1, max_length=2000)] = None  # type: ignore[valid-type]
    options: Optional[conlist(constr(strip_whitespace=True, min_length=1, max_length=500), max_items=10)] = None  # type: ignore[valid-type]
    correct_options: Optional[conlist(conint(ge=0, le=9), max_items=10)] = None  # type: ignore[valid-type]
    correct_boolean: Optional[bool] = None
    accepted_answers: Optional[conlist(constr(strip_whitespace=True, min_length=1, max_length=200), max_items=20)] = None  # type: ignore[valid-type]
    explanation: Optional[constr(strip_whitespace=True, max_length=2000)] = None  # type: ignore[valid-type]

    class Config:
        extra = Extra.forbid


class SaveQuizRequest(BaseModel):
    title: Optional[constr(strip_whitespace=True, min_length=1, max_length=200)] = None  # type: ignore[valid-type]
    passing_score: conint(ge=0, le=100) = 70  # type: ignore[valid-type]

    class Config:
        extra = Extra.forbid


class SavedQuiz(BaseModel):
    draft_id: uuid.UUID
    lesson_id: uuid.UUID
    questions: int
