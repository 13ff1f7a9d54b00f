"""Route dependencies. The FastAPI full-stack template writes them as `Annotated[..., Depends(...)]` aliases; Debian's
FastAPI (0.92) predates that form (0.95), so routes say `= Depends(...)` with the functions below."""

from __future__ import annotations

import hmac

from fastapi import Depends, Header, Request

from app.core.problems import Problem
from app.core.security import CurrentUser, InvalidToken, KeysUnavailable
from app.core.services import Services


def get_services(request: Request) -> Services:
    return request.app.state.services



async def get_current_user(services: Services = Depends(get_services), authorization: str | None = Header(None)) -> CurrentUser:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Problem(401, "Sign in: this endpoint needs an access token.", "Unauthorized", headers={"WWW-Authenticate": "Bearer"})
    try:
        return await services.tokens.validate(token.strip())
    except KeysUnavailable:
        raise Problem(503, "Tokens cannot be checked right now: the auth service is unreachable.", "Service Unavailable")
    except InvalidToken:
        raise Problem(401, "The access token is invalid or expired.", "Unauthorized",
                      headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})



def require_operator(services: Services = Depends(get_services), x_har_operator_key: str | None = Header(None)) -> None:
    """The operator's door (/internal/*, which the gateway never routes): the key the AppHost generated."""
    expected = services.settings.operator_key
    if not expected or not x_har_operator_key or not hmac.compare_digest(expected.encode(), x_har_operator_key.encode()):
        raise Problem(401, "This operation needs the operator key.", "Unauthorized")

