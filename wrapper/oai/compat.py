"""Clients for other providers that speak the OpenAI API: Gemini and OpenRouter.

Each is the ordinary client with three things changed — where it connects, which model it asks
for when a call names none, and which environment variables it reads — so everything the client
has (chat, sessions, streaming, the generated `api`) works the same::

    from oai.compat import Gemini
    client = Gemini()                        # key from GEMINI_API_KEY
    status, response = client.chat([{"role": "user", "content": "Hello"}])

A provider's client reads only its own variables (`GEMINI_API_KEY`, `GEMINI_BASE_URL`, ...),
never `OPENAI_*`, so an OpenAI key is never sent to another host. For a server on your own
machine (Ollama, vLLM, llama.cpp, LM Studio) no class is needed:
`oai.new(base_url="http://localhost:11434/v1", api_key="")`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ._async_client import AsyncOpenAI
from ._base_client import BaseClient
from ._client import OpenAI

GEMINI_BASE_URL = "https://generativelanguage.googleapis.com/v1beta/openai"
GEMINI_MODEL = "gemini-2.5-flash"
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
OPENROUTER_MODEL = "openai/gpt-4.1"


class _Provider(BaseClient[Any, Any]):
    """What a provider's client changes: its base URL and model when the caller gives none.

    Precedence is the client's usual one: an argument, then `<env_prefix>_BASE_URL`, then the
    provider's own address (`default_base_url`, resolved and checked by the shared
    configuration, so a bad value is reported with the variable it came from); the model is
    the argument, else the provider's default.
    """

    provider_model: ClassVar[str]

    def __init__(
        self, api_key: str | None = None, *, default_model: str | None = None, **config: Any
    ) -> None:
        """Takes every setting `oai.OpenAI` takes (timeout, default_headers, http_client, ...)."""
        super().__init__(
            api_key,
            default_model=self.provider_model if default_model is None else default_model,
            **config,
        )


class Gemini(_Provider, OpenAI):
    """Google's Gemini models through their OpenAI-compatible endpoint (`GEMINI_API_KEY`)."""

    env_prefix = "GEMINI"
    default_base_url = GEMINI_BASE_URL
    provider_model = GEMINI_MODEL


class AsyncGemini(_Provider, AsyncOpenAI):
    """The asyncio counterpart of `Gemini`."""

    env_prefix = "GEMINI"
    default_base_url = GEMINI_BASE_URL
    provider_model = GEMINI_MODEL


class OpenRouter(_Provider, OpenAI):
    """OpenRouter, one key for many vendors' models (`OPENROUTER_API_KEY`)."""

    env_prefix = "OPENROUTER"
    default_base_url = OPENROUTER_BASE_URL
    provider_model = OPENROUTER_MODEL


class AsyncOpenRouter(_Provider, AsyncOpenAI):
    """The asyncio counterpart of `OpenRouter`."""

    env_prefix = "OPENROUTER"
    default_base_url = OPENROUTER_BASE_URL
    provider_model = OPENROUTER_MODEL


__all__ = [
    "GEMINI_BASE_URL",
    "GEMINI_MODEL",
    "OPENROUTER_BASE_URL",
    "OPENROUTER_MODEL",
    "AsyncGemini",
    "AsyncOpenRouter",
    "Gemini",
    "OpenRouter",
]
