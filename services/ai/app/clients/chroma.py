"""ChromaDB over its HTTP API v2 (the Python client is not in Debian). The server never embeds: vectors are always
ours. One collection per embedding model (their dimensions differ), cosine distance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import httpx

_BASE = "/api/v2/tenants/default_tenant/databases/default_database"


@dataclass(frozen=True)
class ChromaHit:
    id: str
    distance: float
    metadata: dict[str, Any]
    document: str


class ChromaClient:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http
        self._ids: dict[str, str] = {}

    async def heartbeat(self) -> None:
        (await self._http.get("/api/v2/heartbeat", timeout=5)).raise_for_status()

    async def collection_id(self, name: str) -> str:
        if name not in self._ids:
            response = await self._http.post(f"{_BASE}/collections", json={
                "name": name, "get_or_create": True, "metadata": {"hnsw:space": "cosine"}})
            response.raise_for_status()
            self._ids[name] = response.json()["id"]
        return self._ids[name]

    async def delete_collection(self, name: str) -> None:
        self._ids.pop(name, None)
        response = await self._http.delete(f"{_BASE}/collections/{name}")
        if response.status_code not in (200, 404) and not (response.status_code == 400 and "does not exist" in response.text):
            response.raise_for_status()

    async def upsert(self, collection: str, ids: Sequence[str], embeddings: Sequence[Sequence[float]],
                     documents: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        if not ids:
            return
        collection_id = await self.collection_id(collection)
        # Batches keep each request well under the server's body limit.
        for start in range(0, len(ids), 200):
            end = start + 200
            response = await self._http.post(f"{_BASE}/collections/{collection_id}/upsert", json={
                "ids": list(ids[start:end]), "embeddings": [list(vector) for vector in embeddings[start:end]],
                "documents": list(documents[start:end]), "metadatas": list(metadatas[start:end])})
            response.raise_for_status()

    async def delete_where(self, collection: str, where: dict[str, Any]) -> None:
        collection_id = await self.collection_id(collection)
        (await self._http.post(f"{_BASE}/collections/{collection_id}/delete", json={"where": where})).raise_for_status()

    async def count(self, collection: str) -> int:
        collection_id = await self.collection_id(collection)
        response = await self._http.get(f"{_BASE}/collections/{collection_id}/count")
        response.raise_for_status()
        return int(response.json())

    async def query(self, collection: str, embedding: Sequence[float], limit: int, where: dict[str, Any] | None = None) -> list[ChromaHit]:
        collection_id = await self.collection_id(collection)
        body: dict[str, Any] = {"query_embeddings": [list(embedding)], "n_results": limit,
                                "include": ["distances", "metadatas", "documents"]}
        if where:
            body["where"] = where
        response = await self._http.post(f"{_BASE}/collections/{collection_id}/query", json=body)
        response.raise_for_status()
        result = response.json()
        ids, distances = result["ids"][0], result["distances"][0]
        metadatas, documents = result["metadatas"][0], result["documents"][0]
        return [ChromaHit(ids[i], float(distances[i]), metadatas[i] or {}, documents[i] or "") for i in range(len(ids))]
