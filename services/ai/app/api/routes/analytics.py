"""Performance analysis: the learner's own, and a course's learners for its instructor."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends

from app.api.deps import get_current_user, get_services
from app.core.security import CurrentUser
from app.core.services import Services
from app.models.analytics import CourseLearnersAnalysis, MyAnalysis

router = APIRouter(prefix="/api/v1/ai/analytics", tags=["Learner analysis"])


@router.get("/me", response_model=MyAnalysis)
async def my_analysis(user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> dict:
    return await services.analytics.for_learner(user)


@router.get("/courses/{course_id}", response_model=CourseLearnersAnalysis, responses={
    403: {"description": "Not the course's instructor"}, 404: {"description": "Unknown course"}})
async def course_analysis(course_id: uuid.UUID, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> dict:
    return await services.analytics.for_course(user, course_id)
