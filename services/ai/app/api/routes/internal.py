"""The operator's door (the gateway never routes `/internal`): the dashboard's "Re-index course content" command."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from app.api.deps import get_services, require_operator
from app.core.services import Services

router = APIRouter(prefix="/internal", include_in_schema=False)


@router.post("/reindex")
async def reindex(_: None = Depends(require_operator), services: Services = Depends(get_services)) -> dict:
    announced = await services.bootstrap.reindex(services.models, services.remote_vectors)
    return {"announced": announced}
