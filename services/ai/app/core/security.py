"""Access tokens checked as every Har service checks them (HarAcademy.ServiceDefaults' JwtValidationExtensions): RS256
signed by a key of the auth service's JWKS, typed `at+jwt`, the expected issuer and audience, not expired (30 s of
skew), and its session (`sid`) not ended (Redis' revoked-sessions keys). The gateway checked it already; checking
again here is defense in depth (a request that reaches the service some other way gets nothing)."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass

import httpx
import jwt
from redis.asyncio import Redis

logger = logging.getLogger("app.security")
ACCESS_TOKEN_TYPE = "at+jwt"
REVOKED_SESSION_PREFIX = "har:sessions:revoked:"


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    role: str
    email: str
    name: str
    token: str  # the caller's bearer token: calls to the courses service are made as this user

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class InvalidToken(Exception):
    pass


class KeysUnavailable(Exception):
    """The auth service's keys cannot be fetched: a 503, not the caller's fault."""


class TokenValidator:
    def __init__(self, jwks_url: str, issuer: str, audience: str, http: httpx.AsyncClient, redis: Redis) -> None:
        self._jwks_url = jwks_url
        self._issuer = issuer
        self._audience = audience
        self._http = http
        self._redis = redis
        self._keys: dict[str, object] = {}
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    async def validate(self, token: str) -> CurrentUser:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise InvalidToken("malformed token") from error
        if header.get("typ") != ACCESS_TOKEN_TYPE or header.get("alg") != "RS256":
            raise InvalidToken("not an access token")
        key = await self._key(str(header.get("kid", "")))
        try:
            claims = jwt.decode(token, key=key, algorithms=["RS256"], audience=self._audience, issuer=self._issuer,
                                leeway=30, options={"require": ["exp", "sub", "iss", "aud"]})
            user_id = uuid.UUID(str(claims["sub"]))
        except (jwt.PyJWTError, ValueError) as error:
            raise InvalidToken(str(error)) from error
        session = claims.get("sid")
        if session and await self._redis.exists(REVOKED_SESSION_PREFIX + str(session)):
            raise InvalidToken("session ended")
        return CurrentUser(user_id, str(claims.get("role", "learner")), str(claims.get("email", "")),
                           str(claims.get("name", "")), token)

    async def _key(self, key_id: str) -> object:
        if key_id not in self._keys:
            async with self._lock:
                # A key not seen yet may have just been rotated in: refetch, at most once a second (made-up key ids
                # then cost one fetch a second, as in the C# services).
                if key_id not in self._keys and time.monotonic() - self._fetched_at >= 1:
                    await self._fetch()
        if key_id not in self._keys:
            raise InvalidToken("unknown signing key")
        return self._keys[key_id]

    async def _fetch(self) -> None:
        self._fetched_at = time.monotonic()
        try:
            response = await self._http.get(self._jwks_url, timeout=10)
            response.raise_for_status()
            key_set = jwt.PyJWKSet.from_dict(response.json())
        except (httpx.HTTPError, jwt.PyJWTError, ValueError) as error:
            logger.warning("Could not fetch the auth service's keys from %s: %s", self._jwks_url, error)
            if not self._keys:
                raise KeysUnavailable() from error
            return
        self._keys = {key.key_id: key.key for key in key_set.keys if key.key_id}
