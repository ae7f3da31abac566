"""A user's program that tests/packaging type-checks against the installed wheel; never run.

It is what a new user writes first, so it is where an untyped `oai_api` shows up: without its
`py.typed`, mypy sees every generated model as `Any` and `--strict` reports nothing wrong with
code that reads fields that do not exist. Each `reveal_type` line ends in `# reveal: <label>`, so
the test finds mypy's note for it by label rather than by line number.
"""

from __future__ import annotations

from typing import reveal_type

import oai
from oai_api.models.chat_completion_response_message import ChatCompletionResponseMessage
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse


def chat() -> None:
    client = oai.new("sk-test")
    status, response = client.chat([{"role": "user", "content": "hi"}])
    reveal_type(status)  # reveal: status
    reveal_type(response)  # reveal: response
    if isinstance(response, CreateChatCompletionResponse):
        reveal_type(response)  # reveal: narrowed
        reveal_type(response.choices[0].message.content)  # reveal: content
    client.close()


def direct_models() -> None:
    completion = CreateChatCompletionResponse.from_dict({})
    reveal_type(completion)  # reveal: direct
    message = ChatCompletionResponseMessage.from_dict({"role": "assistant", "content": "hi"})
    reveal_type(message.content)  # reveal: direct_content
