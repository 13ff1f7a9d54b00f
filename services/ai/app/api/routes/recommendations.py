"""`GET /api/v1/ai/recommendations`: the signed-in learner's next courses, each with its reason."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query

from app.api.deps import get_current_user, get_services
from app.core.security import CurrentUser
from app.core.services import Services
from app.models.recommendations import RecommendationsResponse

router = APIRouter(prefix="/api/v1/ai", tags=["Recommendations"])


@router.get("/recommendations", response_model=RecommendationsResponse)
async def recommendations(user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services),
                          limit: int = Query(5, ge=1, le=20),
                          language: Literal["fr", "en"] = Query("fr", description="Language of the reasons")) -> dict:
    items = await services.recommender.for_learner(user.id, language, limit)
    # Recommendations never use a language model: always local.
    return {"items": [item.__dict__ for item in items], "mode": "local"}
