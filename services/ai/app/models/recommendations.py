from __future__ import annotations

import uuid
from typing import Literal, Optional

from pydantic import BaseModel


class RecommendationPublic(BaseModel):
    course_id: uuid.UUID
    title: str
    language: str
    domain: str
    score: float
    reason_code: Literal["co_enrollment", "similar_content", "popular"]
    reason: str
    because_course_id: Optional[uuid.UUID]


class RecommendationsResponse(BaseModel):
    items: list[RecommendationPublic]
    mode: Literal["local", "llm"]
