"""Which generated request builder and which generated model each wrapper call uses.

This table is the seam between the hand-written wrapper and the generated client: a wrapper
method picks an `Operation`, builds its request with the generated builder, and parses what
comes back with the generated model. Regenerating from another spec changes what is behind
these names, never the wrapper code that uses them.

The table names generated modules rather than importing them (see `_generated`): `import oai`
stays cheap, and each builder and model is imported when the first call that needs it is made.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from ._bodies import BodySpec, request_fields_of
from ._generated import LazyFunction, builder, load, parser
from ._uploads import multipart_builder

if TYPE_CHECKING:
    from oai_api.models.batch import Batch
    from oai_api.models.conversation_resource import ConversationResource
    from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
    from oai_api.models.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )
    from oai_api.models.create_completion_response import CreateCompletionResponse
    from oai_api.models.create_embedding_response import CreateEmbeddingResponse
    from oai_api.models.create_moderation_response import CreateModerationResponse
    from oai_api.models.create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson,
    )
    from oai_api.models.create_transcription_response_json import (
        CreateTranscriptionResponseJson,
    )
    from oai_api.models.create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson,
    )
    from oai_api.models.create_translation_response_json import CreateTranslationResponseJson
    from oai_api.models.create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson,
    )
    from oai_api.models.delete_file_response import DeleteFileResponse
    from oai_api.models.delete_model_response import DeleteModelResponse
    from oai_api.models.fine_tuning_job import FineTuningJob
    from oai_api.models.images_response import ImagesResponse
    from oai_api.models.list_batches_response import ListBatchesResponse
    from oai_api.models.list_files_response import ListFilesResponse
    from oai_api.models.list_models_response import ListModelsResponse
    from oai_api.models.model import Model
    from oai_api.models.open_ai_file import OpenAIFile
    from oai_api.models.response_item_list import ResponseItemList
    from oai_api.models.upload import Upload as UploadModel
    from oai_api.models.upload_part import UploadPart
    from oai_api.models.vector_store_file_batch_object import VectorStoreFileBatchObject
    from oai_api.models.vector_store_file_object import VectorStoreFileObject
    from oai_api.models.vector_store_object import VectorStoreObject
    from oai_api.models.vector_store_search_results_page import VectorStoreSearchResultsPage

    from ._response_model import Response

    ChatCompletionResponse = CreateChatCompletionResponse
    ChatCompletionChunk = CreateChatCompletionStreamResponse
    TranscriptionModel = (
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseVerboseJson
        | CreateTranscriptionResponseDiarizedJson
    )
    TranslationModel = CreateTranslationResponseJson | CreateTranslationResponseVerboseJson

ModelT = TypeVar("ModelT")


class Operation(NamedTuple, Generic[ModelT]):
    """One API operation: its generated request builder and the model its 2xx answer parses to.

    Generated models parse tolerantly (a field a server leaves out is None), so `requires` names
    the keys without which a 2xx body is not this model at all but something else entirely.
    `empty_success` is for the operations whose spec declares no body for their 2xx answer
    (`deleteResponse`): a server may then send none, and that is read as None, not as an error.
    """

    name: str
    build: Callable[..., dict[str, Any]]
    parse: Callable[[Mapping[str, Any]], ModelT]
    requires: tuple[str, ...]
    empty_success: bool = False


def _response_parser() -> Callable[[Mapping[str, Any]], Response]:
    from ._response_model import parse_response  # imports the generated Response model

    return parse_response


# `oai.Response`: the generated model with lua-openai's helpers added (see `_response_model`).
parse_response: Callable[[Mapping[str, Any]], Response] = LazyFunction(_response_parser)

CREATE_CHAT_COMPLETION: Operation[CreateChatCompletionResponse] = Operation(
    "createChatCompletion",
    builder("chat.create_chat_completion"),
    parser("create_chat_completion_response", "CreateChatCompletionResponse"),
    requires=("choices",),
)
LIST_MODELS: Operation[ListModelsResponse] = Operation(
    "listModels",
    builder("models.list_models"),
    parser("list_models_response", "ListModelsResponse"),
    requires=("data",),
)
RETRIEVE_MODEL: Operation[Model] = Operation(
    "retrieveModel",
    builder("models.retrieve_model"),
    parser("model", "Model"),
    requires=("id",),
)
DELETE_MODEL: Operation[DeleteModelResponse] = Operation(
    "deleteModel",
    builder("models.delete_model"),
    parser("delete_model_response", "DeleteModelResponse"),
    requires=("id",),
)

# -- responses ------------------------------------------------------------------------------
# They parse into `oai.Response`: the generated model with lua-openai's helpers added.


def _deleted(data: Mapping[str, Any]) -> dict[str, Any]:
    # The spec declares no body for a deletion's 200; OpenAI sends `{"id", "object", "deleted"}`.
    return dict(data)


CREATE_RESPONSE: Operation[Response] = Operation(
    "createResponse",
    builder("responses.create_response"),
    parse_response,
    requires=("id", "output"),
)
RETRIEVE_RESPONSE: Operation[Response] = Operation(
    "getResponse", builder("responses.get_response"), parse_response, requires=("id", "output")
)
DELETE_RESPONSE: Operation[dict[str, Any] | None] = Operation(
    "deleteResponse",
    builder("responses.delete_response"),
    _deleted,
    requires=("id",),
    empty_success=True,
)
CANCEL_RESPONSE: Operation[Response] = Operation(
    "cancelResponse",
    builder("responses.cancel_response"),
    parse_response,
    requires=("id", "output"),
)
LIST_INPUT_ITEMS: Operation[ResponseItemList] = Operation(
    "listInputItems",
    builder("responses.list_input_items"),
    parser("response_item_list", "ResponseItemList"),
    requires=("data",),
)

# -- completions, embeddings, moderations, files, images, audio, batches -----------------------

ContentT = TypeVar("ContentT")


class ContentOperation(NamedTuple, Generic[ContentT]):
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
    request_fields_of("create_completion_request", "CreateCompletionRequest"),
    positional=("prompt",),
    defaults={"model": "gpt-3.5-turbo-instruct"},
)
CREATE_COMPLETION: Operation[CreateCompletionResponse] = Operation(
    "createCompletion",
    builder("completions.create_completion"),
    parser("create_completion_response", "CreateCompletionResponse"),
    requires=("choices",),
)

EMBEDDING_BODY = BodySpec(
    "embedding",
    request_fields_of("create_embedding_request", "CreateEmbeddingRequest"),
    positional=("input",),
    defaults={"model": "text-embedding-3-small"},
)
CREATE_EMBEDDING: Operation[CreateEmbeddingResponse] = Operation(
    "createEmbedding",
    builder("embeddings.create_embedding"),
    parser("create_embedding_response", "CreateEmbeddingResponse"),
    requires=("data",),
)

MODERATION_BODY = BodySpec(
    "moderation",
    request_fields_of("create_moderation_request", "CreateModerationRequest"),
    positional=("input",),
)
CREATE_MODERATION: Operation[CreateModerationResponse] = Operation(
    "createModeration",
    builder("moderations.create_moderation"),
    parser("create_moderation_response", "CreateModerationResponse"),
    requires=("results",),
)

IMAGE_BODY = BodySpec(
    "image_generation",
    request_fields_of("create_image_request", "CreateImageRequest"),
    positional=("prompt",),
    streams=True,
)
IMAGE_EDIT_BODY = BodySpec(
    "image_edit",
    request_fields_of("create_image_edit_request", "CreateImageEditRequest"),
    positional=("image", "prompt", "mask"),
    streams=True,
)
CREATE_IMAGE_EDIT: Operation[ImagesResponse] = Operation(
    "createImageEdit",
    multipart_builder(builder("images.create_image_edit")),
    parser("images_response", "ImagesResponse"),
    requires=("data",),
)
IMAGE_VARIATION_BODY = BodySpec(
    "image_variation",
    request_fields_of("create_image_variation_request", "CreateImageVariationRequest"),
    positional=("image",),
)
CREATE_IMAGE_VARIATION: Operation[ImagesResponse] = Operation(
    "createImageVariation",
    multipart_builder(builder("images.create_image_variation")),
    parser("images_response", "ImagesResponse"),
    requires=("data",),
)
CREATE_IMAGE: Operation[ImagesResponse] = Operation(
    "createImage",
    builder("images.create_image"),
    parser("images_response", "ImagesResponse"),
    requires=("created",),
)

UPLOAD_FILE_BODY = BodySpec(
    "upload_file",
    request_fields_of("create_file_request", "CreateFileRequest"),
    positional=("file", "purpose"),
)
CREATE_FILE: Operation[OpenAIFile] = Operation(
    "createFile",
    multipart_builder(builder("files.create_file")),
    parser("open_ai_file", "OpenAIFile"),
    requires=("id",),
)
LIST_FILES: Operation[ListFilesResponse] = Operation(
    "listFiles",
    builder("files.list_files"),
    parser("list_files_response", "ListFilesResponse"),
    requires=("data",),
)
RETRIEVE_FILE: Operation[OpenAIFile] = Operation(
    "retrieveFile",
    builder("files.retrieve_file"),
    parser("open_ai_file", "OpenAIFile"),
    requires=("id",),
)
DELETE_FILE: Operation[DeleteFileResponse] = Operation(
    "deleteFile",
    builder("files.delete_file"),
    parser("delete_file_response", "DeleteFileResponse"),
    requires=("id",),
)
DOWNLOAD_FILE = ContentOperation("downloadFile", builder("files.download_file"), bytes)

SPEECH_BODY = BodySpec(
    "speech",
    request_fields_of("create_speech_request", "CreateSpeechRequest"),
    positional=("input",),
    defaults={"model": "gpt-4o-mini-tts", "voice": "alloy"},
)
CREATE_SPEECH = ContentOperation("createSpeech", builder("audio.create_speech"), bytes)

TRANSCRIPTION_BODY = BodySpec(
    "transcription",
    request_fields_of("create_transcription_request", "CreateTranscriptionRequest"),
    positional=("file",),
    defaults={"model": "whisper-1"},
)
_build_transcription = multipart_builder(builder("audio.create_transcription"))
# The model a transcript parses to depends on the `response_format` asked for; the formats not
# listed here (`text`, `srt`, `vtt`) are plain text.
TRANSCRIPTION_BY_FORMAT: Mapping[str, Operation[TranscriptionModel]] = {
    "json": Operation(
        "createTranscription",
        _build_transcription,
        parser("create_transcription_response_json", "CreateTranscriptionResponseJson"),
        requires=("text",),
    ),
    "verbose_json": Operation(
        "createTranscription",
        _build_transcription,
        parser(
            "create_transcription_response_verbose_json",
            "CreateTranscriptionResponseVerboseJson",
        ),
        requires=("text", "duration"),
    ),
    "diarized_json": Operation(
        "createTranscription",
        _build_transcription,
        parser(
            "create_transcription_response_diarized_json",
            "CreateTranscriptionResponseDiarizedJson",
        ),
        requires=("text", "segments"),
    ),
}
CREATE_TRANSCRIPTION_TEXT = ContentOperation(
    "createTranscription", _build_transcription, decode_text
)

TRANSLATION_BODY = BodySpec(
    "translation",
    request_fields_of("create_translation_request", "CreateTranslationRequest"),
    positional=("file",),
    defaults={"model": "whisper-1"},
)
_build_translation = multipart_builder(builder("audio.create_translation"))
TRANSLATION_BY_FORMAT: Mapping[str, Operation[TranslationModel]] = {
    "json": Operation(
        "createTranslation",
        _build_translation,
        parser("create_translation_response_json", "CreateTranslationResponseJson"),
        requires=("text",),
    ),
    "verbose_json": Operation(
        "createTranslation",
        _build_translation,
        parser("create_translation_response_verbose_json", "CreateTranslationResponseVerboseJson"),
        requires=("text", "duration"),
    ),
}
CREATE_TRANSLATION_TEXT = ContentOperation("createTranslation", _build_translation, decode_text)

BATCH_BODY = BodySpec(
    "create_batch",
    request_fields_of("create_batch_request", "CreateBatchRequest"),
    positional=("input_file_id", "endpoint"),
    defaults={"completion_window": "24h"},
)
CREATE_BATCH: Operation[Batch] = Operation(
    "createBatch", builder("batch.create_batch"), parser("batch", "Batch"), requires=("id",)
)
RETRIEVE_BATCH: Operation[Batch] = Operation(
    "retrieveBatch", builder("batch.retrieve_batch"), parser("batch", "Batch"), requires=("id",)
)
LIST_BATCHES: Operation[ListBatchesResponse] = Operation(
    "listBatches",
    builder("batch.list_batches"),
    parser("list_batches_response", "ListBatchesResponse"),
    requires=("data",),
)
CANCEL_BATCH: Operation[Batch] = Operation(
    "cancelBatch", builder("batch.cancel_batch"), parser("batch", "Batch"), requires=("id",)
)

CREATE_CONVERSATION: Operation[ConversationResource] = Operation(
    "createConversation",
    builder("conversations.create_conversation"),
    parser("conversation_resource", "ConversationResource"),
    requires=("id",),
)

# -- uploads (a file sent in parts) ---------------------------------------------------------

UPLOAD_BODY = BodySpec(
    "create_upload",
    request_fields_of("create_upload_request", "CreateUploadRequest"),
    positional=("filename", "purpose", "bytes", "mime_type"),
)
CREATE_UPLOAD: Operation[UploadModel] = Operation(
    "createUpload", builder("uploads.create_upload"), parser("upload", "Upload"), requires=("id",)
)
ADD_UPLOAD_PART: Operation[UploadPart] = Operation(
    "addUploadPart",
    multipart_builder(builder("uploads.add_upload_part")),
    parser("upload_part", "UploadPart"),
    requires=("id",),
)
COMPLETE_UPLOAD: Operation[UploadModel] = Operation(
    "completeUpload",
    builder("uploads.complete_upload"),
    parser("upload", "Upload"),
    requires=("id", "status"),
)
CANCEL_UPLOAD: Operation[UploadModel] = Operation(
    "cancelUpload", builder("uploads.cancel_upload"), parser("upload", "Upload"), requires=("id",)
)

# -- fine-tuning and vector stores (what `wait_for_*` reads) ---------------------------------

RETRIEVE_FINE_TUNING_JOB: Operation[FineTuningJob] = Operation(
    "retrieveFineTuningJob",
    builder("fine_tuning.retrieve_fine_tuning_job"),
    parser("fine_tuning_job", "FineTuningJob"),
    requires=("id", "status"),
)
RETRIEVE_VECTOR_STORE_FILE: Operation[VectorStoreFileObject] = Operation(
    "getVectorStoreFile",
    builder("vector_stores.get_vector_store_file"),
    parser("vector_store_file_object", "VectorStoreFileObject"),
    requires=("id", "status"),
)
RETRIEVE_VECTOR_STORE_FILE_BATCH: Operation[VectorStoreFileBatchObject] = Operation(
    "getVectorStoreFileBatch",
    builder("vector_stores.get_vector_store_file_batch"),
    parser("vector_store_file_batch_object", "VectorStoreFileBatchObject"),
    requires=("id", "status"),
)

VECTOR_STORE_BODY = BodySpec(
    "create_vector_store",
    request_fields_of("create_vector_store_request", "CreateVectorStoreRequest"),
)
CREATE_VECTOR_STORE: Operation[VectorStoreObject] = Operation(
    "createVectorStore",
    builder("vector_stores.create_vector_store"),
    parser("vector_store_object", "VectorStoreObject"),
    requires=("id", "status"),
)
RETRIEVE_VECTOR_STORE: Operation[VectorStoreObject] = Operation(
    "getVectorStore",
    builder("vector_stores.get_vector_store"),
    parser("vector_store_object", "VectorStoreObject"),
    requires=("id", "status"),
)
CREATE_VECTOR_STORE_FILE_BATCH: Operation[VectorStoreFileBatchObject] = Operation(
    "createVectorStoreFileBatch",
    builder("vector_stores.create_vector_store_file_batch"),
    parser("vector_store_file_batch_object", "VectorStoreFileBatchObject"),
    requires=("id", "status"),
)
SEARCH_BODY = BodySpec(
    "search_vector_store",
    request_fields_of("vector_store_search_request", "VectorStoreSearchRequest"),
    positional=("query",),
)
SEARCH_VECTOR_STORE: Operation[VectorStoreSearchResultsPage] = Operation(
    "searchVectorStore",
    builder("vector_stores.search_vector_store"),
    parser("vector_store_search_results_page", "VectorStoreSearchResultsPage"),
    requires=("data",),
)

# A streamed chat completion arrives as events of this model.
parse_chat_chunk: Callable[[Mapping[str, Any]], ChatCompletionChunk] = parser(
    "create_chat_completion_stream_response", "CreateChatCompletionStreamResponse"
)

# The request fields the API defines for a chat completion, read off the generated model (on
# first use) so that they follow the spec the client was generated from.
chat_request_fields = request_fields_of(
    "create_chat_completion_request", "CreateChatCompletionRequest"
)


def chat_completion_model() -> type[ChatCompletionResponse]:
    """The generated chat completion class, for `isinstance` checks (imported on first use)."""
    model: type[ChatCompletionResponse] = load(
        "models.create_chat_completion_response", "CreateChatCompletionResponse"
    )
    return model


__all__ = [
    "CANCEL_RESPONSE",
    "CREATE_CHAT_COMPLETION",
    "CREATE_RESPONSE",
    "DELETE_MODEL",
    "DELETE_RESPONSE",
    "LIST_INPUT_ITEMS",
    "LIST_MODELS",
    "RETRIEVE_MODEL",
    "RETRIEVE_RESPONSE",
    "Operation",
    "chat_completion_model",
    "chat_request_fields",
    "parse_chat_chunk",
    "parse_response",
]
