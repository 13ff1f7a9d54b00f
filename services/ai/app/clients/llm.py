"""An OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, Ollama, vLLM), when the operator configures one: streamed
chat completions (`stream: true`, server-sent `data:` lines with `choices[0].delta.content`). Azure OpenAI names the
deployment in the path and takes the key in `api-key`; the others take `Authorization: Bearer`."""

from __future__ import annotations

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

    def _request(self) -> tuple[str, dict[str, str]]:
        if ".openai.azure.com" in self._base_url:
            url = f"{self._base_url}/openai/deployments/{self.model}/chat/completions?api-version=2024-06-01"
            return url, {"api-key": self._api_key}
        return f"{self._base_url}/chat/completions", ({"Authorization": f"Bearer {self._api_key}"} if self._api_key else {})

    async def stream(self, messages: Sequence[dict[str, str]], temperature: float = 0.2) -> AsyncIterator[str]:
        url, headers = self._request()
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
