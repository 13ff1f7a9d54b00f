"""Quiz generation and review for instructors: `POST /api/v1/ai/quizzes/generate`, then the draft's review and save."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Response

from app.api.deps import get_current_user, get_services
from app.core.security import CurrentUser
from app.core.services import Services
from app.models.quizzes import GenerateQuizRequest, QuestionReview, QuizDraftPublic, SavedQuiz, SaveQuizRequest

router = APIRouter(prefix="/api/v1/ai/quizzes", tags=["Quiz generation"])


@router.post("/generate", response_model=QuizDraftPublic, status_code=201, responses={
    403: {"description": "Not the course's instructor"}, 404: {"description": "Unknown course or lesson"},
    422: {"description": "The lesson has no text to make questions from"}})
async def generate_quiz(body: GenerateQuizRequest, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> dict:
    return await services.quiz_drafts.generate(user, body.course_id, body.lesson_id, body.count, body.language)


@router.get("/drafts", response_model=list[QuizDraftPublic])
async def list_drafts(course_id: uuid.UUID, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> list[dict]:
    return await services.quiz_drafts.list_for(user, course_id)


@router.get("/drafts/{draft_id}", response_model=QuizDraftPublic)
async def get_draft(draft_id: uuid.UUID, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> dict:
    return await services.quiz_drafts.get(user, draft_id)


@router.patch("/drafts/{draft_id}/questions/{question_id}", response_model=QuizDraftPublic)
async def review_question(draft_id: uuid.UUID, question_id: str, body: QuestionReview, user: CurrentUser = Depends(get_current_user),
                 services: Services = Depends(get_services)) -> dict:
    return await services.quiz_drafts.review(user, draft_id, question_id, body.dict(exclude_unset=True))


@router.post("/drafts/{draft_id}/save", response_model=SavedQuiz, status_code=201)
async def save_quiz(draft_id: uuid.UUID, body: SaveQuizRequest, user: CurrentUser = Depends(get_current_user),
               services: Services = Depends(get_services)) -> dict:
    return await services.quiz_drafts.save(user, draft_id, body.title, body.passing_score)


@router.delete("/drafts/{draft_id}", status_code=204, response_class=Response)
async def discard_draft(draft_id: uuid.UUID, user: CurrentUser = Depends(get_current_user), services: Services = Depends(get_services)) -> Response:
    await services.quiz_drafts.discard(user, draft_id)
    return Response(status_code=204)
