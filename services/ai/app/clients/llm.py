"""An OpenAI-compatible model endpoint (OpenAI, Azure OpenAI, Ollama, vLLM), when the operator configures one: streamed
chat completions (`stream: true`, server-sent `data:` lines with `choices[0].delta.content`) and embeddings
(`{"model", "input": [...]}` → `data[i].embedding`). Azure OpenAI names the deployment in the path and takes the key in
`api-key`; the others take `Authorization: Bearer`."""

from __future__ import annotations

import hashlib
import json
from typing import AsyncIterator, Sequence

import httpx


class LlmUnavailable(Exception):
    pass


class ChatModel:
    def __init__(self, http: httpx.AsyncClient, base_url: str, api_key: str, model: str) -> None:
        self._http = http
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.model = model

    async def stream(self, messages: Sequence[dict[str, str]], temperature: float = 0.2) -> AsyncIterator[str]:
        url, headers = _endpoint(self._base_url, self._api_key, self.model, "chat/completions")
        body = {"model": self.model, "messages": list(messages), "stream": True, "temperature": temperature}
        try:
            async with self._http.stream("POST", url, json=body, headers=headers, timeout=httpx.Timeout(60, connect=10)) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise LlmUnavailable(f"the model endpoint answered {response.status_code}")
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    choices = json.loads(data).get("choices") or []
                    delta = (choices[0].get("delta") or {}).get("content") if choices else None
                    if delta:
                        yield delta
        except httpx.HTTPError as error:
            raise LlmUnavailable(str(error)) from error


class RemoteEmbedder:
    """The endpoint's embeddings of texts, in batches. `collection` names the Chroma collection its vectors live in: one
    per endpoint and model, since vectors of different models are not comparable."""

    BATCH = 64

    def __init__(self, http: httpx.AsyncClient, base_url: str, api_key: str, model: str) -> None:
        self._http = http
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.model = model
        self.collection = "har_chunks_remote_" + hashlib.sha256(f"{self._base_url}|{model}".encode()).hexdigest()[:16]

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        url, headers = _endpoint(self._base_url, self._api_key, self.model, "embeddings")
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.BATCH):
            batch = list(texts[start:start + self.BATCH])
            try:
                response = await self._http.post(url, json={"model": self.model, "input": batch}, headers=headers,
                                                 timeout=httpx.Timeout(60, connect=10))
            except httpx.HTTPError as error:
                raise LlmUnavailable(str(error)) from error
            if response.status_code >= 400:
                raise LlmUnavailable(f"the embeddings endpoint answered {response.status_code}")
            try:
                data = sorted(response.json()["data"], key=lambda item: item["index"])
                embedded = [[float(x) for x in item["embedding"]] for item in data]
            except (ValueError, KeyError, TypeError) as error:
                raise LlmUnavailable(f"the embeddings endpoint answered something other than embeddings ({error})") from error
            if len(embedded) != len(batch):
                raise LlmUnavailable(f"the embeddings endpoint returned {len(embedded)} vectors for {len(batch)} texts")
            vectors.extend(embedded)
        return vectors


def _endpoint(base_url: str, api_key: str, model: str, operation: str) -> tuple[str, dict[str, str]]:
    """The URL and authentication headers of `operation` ("chat/completions", "embeddings") for `model`."""
    if ".openai.azure.com" in base_url:
        return f"{base_url}/openai/deployments/{model}/{operation}?api-version=2024-06-01", {"api-key": api_key}
    return f"{base_url}/{operation}", ({"Authorization": f"Bearer {api_key}"} if api_key else {})
