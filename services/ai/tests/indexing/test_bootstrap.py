"""What the service learns of the time before it existed: learners' names from the auth service's directory
(`GET /internal/people`, with the content sync key), copied on a first start and a re-index."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.conftest import AiUnderTest, eventually
from tests.graph import Graph
from tests.platform import PASSWORD, Platform, User

KEY = "X-Har-Operator-Key"


async def name_of(ai: AiUnderTest, user: User) -> str | None:
    async with ai.services.pool.connection() as connection:
        row = await (await connection.execute("SELECT name FROM people WHERE id = %s", (user.id,))).fetchone()
    return row["name"] if row else None


async def test_names_the_stream_no_longer_holds_are_copied_from_the_directory(ai: AiUnderTest, platform: Platform) -> None:
    learner = await platform.learner("Yasmine")
    await eventually(lambda: name_of(ai, learner), lambda name: name == "Yasmine Lovelace")
    async with ai.services.pool.connection() as connection:  # as if the account predated the service
        await connection.execute("DELETE FROM people WHERE id = %s", (learner.id,))
    assert await ai.services.bootstrap.copy_names() >= 1
    assert await name_of(ai, learner) == "Yasmine Lovelace"


async def test_the_directory_pages_by_id_and_leaves_deleted_accounts_out(graph: Graph, platform: Platform) -> None:
    gone = await platform.learner("Gone")
    response = await platform.auth.request("DELETE", "/api/v1/users/me", headers=gone.headers, json={"password": PASSWORD})
    assert response.status_code == 204, response.text
    async with httpx.AsyncClient(base_url=graph.auth, headers={KEY: graph.content_sync_key}) as auth:
        ids: list[str] = []
        after = None
        while True:
            page = (await auth.get("/internal/people", params={"limit": 2, **({"after": after} if after else {})})).json()
            assert len(page["people"]) <= 2
            ids += [person["id"] for person in page["people"]]
            after = page["next"]
            if after is None:
                break
    assert ids == sorted(ids, key=uuid.UUID) and len(ids) == len(set(ids))
    assert str(gone.id) not in ids
    assert all(set(person) == {"id", "first_name", "last_name"} for person in page["people"])  # names only: no email, no role


@pytest.mark.parametrize("headers, params, status", [
    ({}, {}, 401),
    ({KEY: "not-the-key"}, {}, 401),
    (None, {"limit": 0}, 400),
    (None, {"limit": 1001}, 400),
])
async def test_the_directory_asks_for_the_key_and_checks_the_page_size(graph: Graph, headers, params, status) -> None:
    async with httpx.AsyncClient(base_url=graph.auth) as auth:
        response = await auth.get("/internal/people", params=params, headers={KEY: graph.content_sync_key} if headers is None else headers)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    if status == 400:
        assert "limit" in response.json()["errors"]
