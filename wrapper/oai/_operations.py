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
from oai_api.api.audio import create_speech, create_transcription, create_translation
from oai_api.api.batch import cancel_batch, create_batch, list_batches, retrieve_batch
from oai_api.api.chat import create_chat_completion
from oai_api.api.completions import create_completion
from oai_api.api.embeddings import create_embedding
from oai_api.api.files import create_file, delete_file, download_file, list_files, retrieve_file
from oai_api.api.images import create_image
from oai_api.api.models import delete_model, list_models, retrieve_model
from oai_api.api.moderations import create_moderation
from oai_api.api.responses import (
    cancel_response,
    create_response,
    delete_response,
    get_response,
    list_input_items,
)
from oai_api.models.batch import Batch
from oai_api.models.create_batch_request import CreateBatchRequest
from oai_api.models.create_chat_completion_request import CreateChatCompletionRequest
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from oai_api.models.create_completion_request import CreateCompletionRequest
from oai_api.models.create_completion_response import CreateCompletionResponse
from oai_api.models.create_embedding_request import CreateEmbeddingRequest
from oai_api.models.create_embedding_response import CreateEmbeddingResponse
from oai_api.models.create_file_request import CreateFileRequest
from oai_api.models.create_image_request import CreateImageRequest
from oai_api.models.create_moderation_request import CreateModerationRequest
from oai_api.models.create_moderation_response import CreateModerationResponse
from oai_api.models.create_speech_request import CreateSpeechRequest
from oai_api.models.create_transcription_request import CreateTranscriptionRequest
from oai_api.models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from oai_api.models.create_transcription_response_json import CreateTranscriptionResponseJson
from oai_api.models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from oai_api.models.create_translation_request import CreateTranslationRequest
from oai_api.models.create_translation_response_json import CreateTranslationResponseJson
from oai_api.models.create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)
from oai_api.models.delete_file_response import DeleteFileResponse
from oai_api.models.delete_model_response import DeleteModelResponse
from oai_api.models.error_response import ErrorResponse
from oai_api.models.images_response import ImagesResponse
from oai_api.models.list_batches_response import ListBatchesResponse
from oai_api.models.list_files_response import ListFilesResponse
from oai_api.models.list_models_response import ListModelsResponse
from oai_api.models.model import Model
from oai_api.models.open_ai_file import OpenAIFile
from oai_api.models.response_item_list import ResponseItemList

from ._bodies import BodySpec, request_fields
from ._response_model import parse_response
from ._uploads import multipart_builder

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
# They parse into `oai.Response`: the generated model with lua-openai's helpers added.


def _deleted(data: Mapping[str, Any]) -> dict[str, Any]:
    # The spec gives no schema for what a deletion answers (`{"id", "object", "deleted"}`).
    return dict(data)


CREATE_RESPONSE = Operation(
    "createResponse", create_response._get_kwargs, parse_response, requires=("id", "output")
)
RETRIEVE_RESPONSE = Operation(
    "getResponse", get_response._get_kwargs, parse_response, requires=("id", "output")
)
DELETE_RESPONSE = Operation(
    "deleteResponse", delete_response._get_kwargs, _deleted, requires=("id",)
)
CANCEL_RESPONSE = Operation(
    "cancelResponse", cancel_response._get_kwargs, parse_response, requires=("id", "output")
)
LIST_INPUT_ITEMS = Operation(
    "listInputItems", list_input_items._get_kwargs, ResponseItemList.from_dict, requires=("data",)
)

# -- completions, embeddings, moderations, files, images, audio, batches -----------------------

ContentT = TypeVar("ContentT")


@attrs.frozen
class ContentOperation(Generic[ContentT]):
    """An operation whose 2xx answer is content, not JSON: audio, a file's bytes, a transcript.

    `decode` turns the bytes into what the caller gets (`bytes` keeps them as they are).
    """

    name: str
    build: Callable[..., dict[str, Any]]
    decode: Callable[[bytes], ContentT]


def decode_text(content: bytes) -> str:
    """Transcripts in `text`, `srt` and `vtt` format are UTF-8 text."""
    return content.decode("utf-8", errors="replace")


COMPLETION_BODY = BodySpec(
    "completion",
    request_fields(CreateCompletionRequest),
    positional=("prompt",),
    defaults={"model": "gpt-3.5-turbo-instruct"},
)
CREATE_COMPLETION = Operation(
    "createCompletion",
    create_completion._get_kwargs,
    CreateCompletionResponse.from_dict,
    requires=("choices",),
)

EMBEDDING_BODY = BodySpec(
    "embedding",
    request_fields(CreateEmbeddingRequest),
    positional=("input",),
    defaults={"model": "text-embedding-3-small"},
)
CREATE_EMBEDDING = Operation(
    "createEmbedding",
    create_embedding._get_kwargs,
    CreateEmbeddingResponse.from_dict,
    requires=("data",),
)

MODERATION_BODY = BodySpec(
    "moderation", request_fields(CreateModerationRequest), positional=("input",)
)
CREATE_MODERATION = Operation(
    "createModeration",
    create_moderation._get_kwargs,
    CreateModerationResponse.from_dict,
    requires=("results",),
)

IMAGE_BODY = BodySpec(
    "image_generation", request_fields(CreateImageRequest), positional=("prompt",)
)
CREATE_IMAGE = Operation(
    "createImage", create_image._get_kwargs, ImagesResponse.from_dict, requires=("created",)
)

UPLOAD_FILE_BODY = BodySpec(
    "upload_file", request_fields(CreateFileRequest), positional=("file", "purpose")
)
CREATE_FILE = Operation(
    "createFile",
    multipart_builder(create_file._get_kwargs, CreateFileRequest),
    OpenAIFile.from_dict,
    requires=("id",),
)
LIST_FILES = Operation(
    "listFiles", list_files._get_kwargs, ListFilesResponse.from_dict, requires=("data",)
)
RETRIEVE_FILE = Operation(
    "retrieveFile", retrieve_file._get_kwargs, OpenAIFile.from_dict, requires=("id",)
)
DELETE_FILE = Operation(
    "deleteFile", delete_file._get_kwargs, DeleteFileResponse.from_dict, requires=("id",)
)
DOWNLOAD_FILE = ContentOperation("downloadFile", download_file._get_kwargs, bytes)

SPEECH_BODY = BodySpec(
    "speech",
    request_fields(CreateSpeechRequest),
    positional=("input",),
    defaults={"model": "gpt-4o-mini-tts", "voice": "alloy"},
)
CREATE_SPEECH = ContentOperation("createSpeech", create_speech._get_kwargs, bytes)

TranscriptionModel = (
    CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | CreateTranscriptionResponseDiarizedJson
)
TranslationModel = CreateTranslationResponseJson | CreateTranslationResponseVerboseJson

TRANSCRIPTION_BODY = BodySpec(
    "transcription",
    request_fields(CreateTranscriptionRequest),
    positional=("file",),
    defaults={"model": "whisper-1"},
)
_build_transcription = multipart_builder(
    create_transcription._get_kwargs, CreateTranscriptionRequest
)
# The model a transcript parses to depends on the `response_format` asked for; the formats not
# listed here (`text`, `srt`, `vtt`) are plain text.
TRANSCRIPTION_BY_FORMAT: Mapping[str, Operation[TranscriptionModel]] = {
    "json": Operation(
        "createTranscription",
        _build_transcription,
        CreateTranscriptionResponseJson.from_dict,
        requires=("text",),
    ),
    "verbose_json": Operation(
        "createTranscription",
        _build_transcription,
        CreateTranscriptionResponseVerboseJson.from_dict,
        requires=("text", "duration"),
    ),
    "diarized_json": Operation(
        "createTranscription",
        _build_transcription,
        CreateTranscriptionResponseDiarizedJson.from_dict,
        requires=("text", "segments"),
    ),
}
CREATE_TRANSCRIPTION_TEXT = ContentOperation(
    "createTranscription", _build_transcription, decode_text
)

TRANSLATION_BODY = BodySpec(
    "translation",
    request_fields(CreateTranslationRequest),
    positional=("file",),
    defaults={"model": "whisper-1"},
)
_build_translation = multipart_builder(create_translation._get_kwargs, CreateTranslationRequest)
TRANSLATION_BY_FORMAT: Mapping[str, Operation[TranslationModel]] = {
    "json": Operation(
        "createTranslation",
        _build_translation,
        CreateTranslationResponseJson.from_dict,
        requires=("text",),
    ),
    "verbose_json": Operation(
        "createTranslation",
        _build_translation,
        CreateTranslationResponseVerboseJson.from_dict,
        requires=("text", "duration"),
    ),
}
CREATE_TRANSLATION_TEXT = ContentOperation("createTranslation", _build_translation, decode_text)

BATCH_BODY = BodySpec(
    "create_batch",
    request_fields(CreateBatchRequest),
    positional=("input_file_id", "endpoint"),
    defaults={"completion_window": "24h"},
)
CREATE_BATCH = Operation("createBatch", create_batch._get_kwargs, Batch.from_dict, requires=("id",))
RETRIEVE_BATCH = Operation(
    "retrieveBatch", retrieve_batch._get_kwargs, Batch.from_dict, requires=("id",)
)
LIST_BATCHES = Operation(
    "listBatches", list_batches._get_kwargs, ListBatchesResponse.from_dict, requires=("data",)
)
CANCEL_BATCH = Operation("cancelBatch", cancel_batch._get_kwargs, Batch.from_dict, requires=("id",))

# A streamed chat completion arrives as events of this model.
parse_chat_chunk = CreateChatCompletionStreamResponse.from_dict
parse_error = ErrorResponse.from_dict

# The request fields the API defines for a chat completion, read off the generated model so that
# they follow the spec the client was generated from.
CHAT_REQUEST_FIELDS: frozenset[str] = frozenset(
    field.name for field in attrs.fields(CreateChatCompletionRequest)
) - {"additional_properties"}

__all__ = [
    "CANCEL_RESPONSE",
    "CHAT_REQUEST_FIELDS",
    "CREATE_CHAT_COMPLETION",
    "CREATE_RESPONSE",
    "DELETE_MODEL",
    "DELETE_RESPONSE",
    "LIST_INPUT_ITEMS",
    "LIST_MODELS",
    "RETRIEVE_MODEL",
    "RETRIEVE_RESPONSE",
    "ChatCompletionChunk",
    "ChatCompletionResponse",
    "ErrorResponse",
    "Operation",
    "ResponseItemList",
    "parse_chat_chunk",
    "parse_error",
]

ChatCompletionResponse = CreateChatCompletionResponse
ChatCompletionChunk = CreateChatCompletionStreamResponse
