"""Which generated request builder and which generated model each wrapper call uses.

This table is the seam between the hand-written wrapper and the generated client: a wrapper
method picks an `Operation`, builds its request with the generated builder, and parses what
comes back with the generated model. Regenerating from another spec changes what is behind
these names, never the wrapper code that uses them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
from oai_api.api.chat import create_chat_completion
from oai_api.api.models import delete_model, list_models, retrieve_model
from oai_api.models.create_chat_completion_request import CreateChatCompletionRequest
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from oai_api.models.delete_model_response import DeleteModelResponse
from oai_api.models.error_response import ErrorResponse
from oai_api.models.list_models_response import ListModelsResponse
from oai_api.models.model import Model

ModelT = TypeVar("ModelT")


@attrs.frozen
class Operation(Generic[ModelT]):
    """One API operation: its generated request builder and the model its 2xx answer parses to.

    Generated models parse tolerantly (a field a server leaves out is None), so `requires` names
    the keys without which a 2xx body is not this model at all but something else entirely.
    """

    name: str
    build: Callable[..., dict[str, Any]]
    parse: Callable[[Mapping[str, Any]], ModelT]
    requires: tuple[str, ...]


CREATE_CHAT_COMPLETION = Operation(
    "createChatCompletion",
    create_chat_completion._get_kwargs,
    CreateChatCompletionResponse.from_dict,
    requires=("choices",),
)
LIST_MODELS = Operation(
    "listModels", list_models._get_kwargs, ListModelsResponse.from_dict, requires=("data",)
)
RETRIEVE_MODEL = Operation(
    "retrieveModel", retrieve_model._get_kwargs, Model.from_dict, requires=("id",)
)
DELETE_MODEL = Operation(
    "deleteModel", delete_model._get_kwargs, DeleteModelResponse.from_dict, requires=("id",)
)

# -- responses ------------------------------------------------------------------------------

# -- completions, embeddings, moderations, files, images, audio, batches -----------------------

# A streamed chat completion arrives as events of this model.
parse_chat_chunk = CreateChatCompletionStreamResponse.from_dict
parse_error = ErrorResponse.from_dict

# The request fields the API defines for a chat completion, read off the generated model so that
# they follow the spec the client was generated from.
CHAT_REQUEST_FIELDS: frozenset[str] = frozenset(
    field.name for field in attrs.fields(CreateChatCompletionRequest)
) - {"additional_properties"}

__all__ = [
    "CHAT_REQUEST_FIELDS",
    "CREATE_CHAT_COMPLETION",
    "DELETE_MODEL",
    "LIST_MODELS",
    "RETRIEVE_MODEL",
    "ChatCompletionChunk",
    "ChatCompletionResponse",
    "ErrorResponse",
    "Operation",
    "parse_chat_chunk",
    "parse_error",
]

ChatCompletionResponse = CreateChatCompletionResponse
ChatCompletionChunk = CreateChatCompletionStreamResponse
