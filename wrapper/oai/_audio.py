"""Audio requests without I/O: what to send for speech, transcriptions and translations.

A transcript comes back as JSON or as plain text depending on the `response_format` asked for,
and each JSON format has its own generated model (`verbose_json` carries segments and words,
`json` only the text). `AudioRequest` records which one to expect, so the clients read the
answer into the right type without guessing from its shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from ._bodies import Body, BodySpec, build_body
from ._operations import (
    CREATE_TRANSCRIPTION_TEXT,
    CREATE_TRANSLATION_TEXT,
    SPEECH_BODY,
    TRANSCRIPTION_BODY,
    TRANSCRIPTION_BY_FORMAT,
    TRANSLATION_BODY,
    TRANSLATION_BY_FORMAT,
    ContentOperation,
    Operation,
)
from ._uploads import Upload, check_upload

if TYPE_CHECKING:
    from ._operations import TranscriptionModel, TranslationModel

ModelT = TypeVar("ModelT")


class AudioRequest(NamedTuple, Generic[ModelT]):
    """A file to send with its form fields, and how to read the answer: an `Operation` for a
    JSON format (read into its model), a `ContentOperation` for a text format (a `str`).
    """

    upload: Upload
    body: Body
    operation: Operation[ModelT] | ContentOperation[str]


def transcription_request(
    file: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> AudioRequest[TranscriptionModel]:
    """`transcription(file, ...)`: the checked file and fields, and the answer's type."""
    return _audio_request(
        TRANSCRIPTION_BODY,
        TRANSCRIPTION_BY_FORMAT,
        CREATE_TRANSCRIPTION_TEXT,
        file,
        options,
        params,
    )


def translation_request(
    file: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> AudioRequest[TranslationModel]:
    """`translation(file, ...)`: the checked file and fields, and the answer's type."""
    return _audio_request(
        TRANSLATION_BODY, TRANSLATION_BY_FORMAT, CREATE_TRANSLATION_TEXT, file, options, params
    )


def _audio_request(
    spec: BodySpec,
    by_format: Mapping[str, Operation[ModelT]],
    text: ContentOperation[str],
    file: object,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
) -> AudioRequest[ModelT]:
    upload = check_upload(file, "file")
    body = build_body(spec, {}, options, params)
    response_format = body.fields.get("response_format") or "json"
    if not isinstance(response_format, str):
        raise TypeError(f"response_format must be a string, got {response_format!r}")
    return AudioRequest(upload, body, by_format.get(response_format, text))


def speech_body(text: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]) -> Body:
    """`speech(input, ...)`: the JSON body. The audio comes back as raw bytes, never as events."""
    if not isinstance(text, str):
        raise TypeError(f"input must be the text to speak, as a string; got {type(text).__name__}")
    body = build_body(SPEECH_BODY, {"input": text}, options, params)
    if body.fields.get("stream_format") == "sse":
        raise ValueError(
            "speech() reads the audio as raw bytes; stream_format='sse' is not supported "
            "(use to= to write the audio to a file as it arrives)"
        )
    return body


__all__ = ["AudioRequest", "speech_body", "transcription_request", "translation_request"]
