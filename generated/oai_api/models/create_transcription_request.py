from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.audio_response_format import (
    AudioResponseFormat,
    check_audio_response_format,
)
from ..models.create_transcription_request_chunking_strategy_type_0_type_0 import (
    CreateTranscriptionRequestChunkingStrategyType0Type0,
    check_create_transcription_request_chunking_strategy_type_0_type_0,
)
from ..models.create_transcription_request_model_type_1 import (
    CreateTranscriptionRequestModelType1,
    check_create_transcription_request_model_type_1,
)
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
    check_create_transcription_request_timestamp_granularities_item,
)
from ..models.transcription_include import (
    TranscriptionInclude,
    check_transcription_include,
)
from ..types import UNSET, File, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.vad_config import VadConfig


T = TypeVar("T", bound="CreateTranscriptionRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VadConfig
    from ..models.vad_config import VadConfig

    _models_bound = True


@_attrs_define
class CreateTranscriptionRequest:
    """Multipart form of a transcription request."""

    file: File
    """ Audio to transcribe (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). """
    model: CreateTranscriptionRequestModelType1 | str
    """ Transcription model. """
    language: str | None = None
    """ Spoken language as an ISO-639-1 code, if known; helps accuracy and speed. """
    languages: list[str] | None = None
    """ Languages that may be spoken, as ISO-639-1 codes. """
    keywords: list[str] | None = None
    """ Words and names likely to occur, to help recognition. """
    prompt: str | None = None
    """ Text to guide style or continue an earlier segment; in the audio's language. """
    response_format: AudioResponseFormat | None = None
    """ Output format of a transcription: plain JSON, text, subtitles (srt, vtt), or the verbose/diarized JSON
    forms. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 1. """
    include: list[TranscriptionInclude] | None = None
    """ Extra data to return, such as token log probabilities. """
    timestamp_granularities: (
        list[CreateTranscriptionRequestTimestampGranularitiesItem] | None
    ) = None
    """ Timestamp levels to return with `verbose_json`: words and/or segments. """
    stream: bool | None = None
    """ Stream the transcript as server-sent events (not whisper-1). """
    chunking_strategy: (
        CreateTranscriptionRequestChunkingStrategyType0Type0 | None | VadConfig
    ) = None
    """ How to cut the audio into chunks: `auto` or voice activity detection settings. """
    known_speaker_names: list[str] | None = None
    """ Names of known speakers, matched by position to `known_speaker_references`. """
    known_speaker_references: list[str] | None = None
    """ Short audio samples (data URLs) of the known speakers. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            file = _v_file
        else:
            file = _v_file.to_tuple()

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_language = (
            self.language
            if self.language is not None or "language" in self._none_flips
            else UNSET
        )

        language = _v_language

        _v_languages = (
            self.languages
            if self.languages is not None or "languages" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_languages, list):
            languages = _v_languages
        else:
            languages: list[str] | Unset = UNSET
            if not isinstance(_v_languages, Unset):
                languages = _v_languages

        _v_keywords = (
            self.keywords
            if self.keywords is not None or "keywords" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_keywords, list):
            keywords = _v_keywords
        else:
            keywords: list[str] | Unset = UNSET
            if not isinstance(_v_keywords, Unset):
                keywords = _v_keywords

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if _v_response_format is None or isinstance(_v_response_format, Unset):
            response_format = _v_response_format
        else:
            response_format: str | Unset = UNSET
            if not isinstance(_v_response_format, Unset):
                response_format = _v_response_format

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_include, list):
            include = _v_include
        else:
            include: list[str] | Unset = UNSET
            if not isinstance(_v_include, Unset):
                include = []
                for include_item_data in _v_include:
                    include_item: str = include_item_data
                    include.append(include_item)

        _v_timestamp_granularities = (
            self.timestamp_granularities
            if self.timestamp_granularities is not None
            or "timestamp_granularities" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_timestamp_granularities, list):
            timestamp_granularities = _v_timestamp_granularities
        else:
            timestamp_granularities: list[str] | Unset = UNSET
            if not isinstance(_v_timestamp_granularities, Unset):
                timestamp_granularities = []
                for timestamp_granularities_item_data in _v_timestamp_granularities:
                    timestamp_granularities_item: str = (
                        timestamp_granularities_item_data
                    )
                    timestamp_granularities.append(timestamp_granularities_item)

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        _v_chunking_strategy = (
            self.chunking_strategy
            if self.chunking_strategy is not None
            or "chunking_strategy" in self._none_flips
            else UNSET
        )

        chunking_strategy: dict[str, Any] | None | str | Unset
        if isinstance(_v_chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(_v_chunking_strategy, VadConfig):
            chunking_strategy = _v_chunking_strategy.to_dict()
        else:
            chunking_strategy = _v_chunking_strategy

        _v_known_speaker_names = (
            self.known_speaker_names
            if self.known_speaker_names is not None
            or "known_speaker_names" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_known_speaker_names, list):
            known_speaker_names = _v_known_speaker_names
        else:
            known_speaker_names: list[str] | Unset = UNSET
            if not isinstance(_v_known_speaker_names, Unset):
                known_speaker_names = _v_known_speaker_names

        _v_known_speaker_references = (
            self.known_speaker_references
            if self.known_speaker_references is not None
            or "known_speaker_references" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_known_speaker_references, list):
            known_speaker_references = _v_known_speaker_references
        else:
            known_speaker_references: list[str] | Unset = UNSET
            if not isinstance(_v_known_speaker_references, Unset):
                known_speaker_references = _v_known_speaker_references

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "file": file,
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if include is not UNSET:
            field_dict["include"] = include
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities
        if stream is not UNSET:
            field_dict["stream"] = stream
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if known_speaker_names is not UNSET:
            field_dict["known_speaker_names"] = known_speaker_names
        if known_speaker_references is not UNSET:
            field_dict["known_speaker_references"] = known_speaker_references

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        if not _models_bound:
            _bind_models()
        files: types.RequestFiles = []

        _v_file = (
            self.file
            if self.file is not None or "file" not in self._none_flips
            else UNSET
        )

        if _v_file is None or isinstance(_v_file, Unset):
            raise ValueError(
                "CreateTranscriptionRequest.file is required: a form cannot be sent without it"
            )
        files.append(("file", _v_file.to_tuple()))

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            raise ValueError(
                "CreateTranscriptionRequest.model is required: a form cannot be sent without it"
            )
        if isinstance(_v_model, str):
            files.append(("model", (None, str(_v_model).encode(), "text/plain")))
        else:
            files.append(("model", (None, str(_v_model).encode(), "text/plain")))

        _v_language = (
            self.language
            if self.language is not None or "language" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_language, Unset):
            files.append(("language", (None, str(_v_language).encode(), "text/plain")))

        _v_languages = (
            self.languages
            if self.languages is not None or "languages" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_languages, Unset):
            for languages_item_element in _v_languages:
                files.append(
                    (
                        "languages",
                        (None, str(languages_item_element).encode(), "text/plain"),
                    )
                )

        _v_keywords = (
            self.keywords
            if self.keywords is not None or "keywords" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_keywords, Unset):
            for keywords_item_element in _v_keywords:
                files.append(
                    (
                        "keywords",
                        (None, str(keywords_item_element).encode(), "text/plain"),
                    )
                )

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt, Unset):
            files.append(("prompt", (None, str(_v_prompt).encode(), "text/plain")))

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_response_format, Unset):
            files.append(
                (
                    "response_format",
                    (None, str(_v_response_format).encode(), "text/plain"),
                )
            )

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_temperature, Unset):
            files.append(
                ("temperature", (None, str(_v_temperature).encode(), "text/plain"))
            )

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_include, Unset):
            for include_item_element in _v_include:
                files.append(
                    (
                        "include",
                        (None, str(include_item_element).encode(), "text/plain"),
                    )
                )

        _v_timestamp_granularities = (
            self.timestamp_granularities
            if self.timestamp_granularities is not None
            or "timestamp_granularities" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_timestamp_granularities, Unset):
            for timestamp_granularities_item_element in _v_timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities",
                        (
                            None,
                            str(timestamp_granularities_item_element).encode(),
                            "text/plain",
                        ),
                    )
                )

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_stream, Unset):
            if isinstance(_v_stream, bool):
                files.append(("stream", (None, str(_v_stream).encode(), "text/plain")))
            else:
                files.append(("stream", (None, str(_v_stream).encode(), "text/plain")))

        _v_chunking_strategy = (
            self.chunking_strategy
            if self.chunking_strategy is not None
            or "chunking_strategy" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_chunking_strategy, Unset):
            if isinstance(_v_chunking_strategy, str):
                files.append(
                    (
                        "chunking_strategy",
                        (None, str(_v_chunking_strategy).encode(), "text/plain"),
                    )
                )
            elif isinstance(_v_chunking_strategy, VadConfig):
                files.append(
                    (
                        "chunking_strategy",
                        (
                            None,
                            json.dumps(_v_chunking_strategy.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "chunking_strategy",
                        (None, str(_v_chunking_strategy).encode(), "text/plain"),
                    )
                )

        _v_known_speaker_names = (
            self.known_speaker_names
            if self.known_speaker_names is not None
            or "known_speaker_names" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_known_speaker_names, Unset):
            for known_speaker_names_item_element in _v_known_speaker_names:
                files.append(
                    (
                        "known_speaker_names",
                        (
                            None,
                            str(known_speaker_names_item_element).encode(),
                            "text/plain",
                        ),
                    )
                )

        _v_known_speaker_references = (
            self.known_speaker_references
            if self.known_speaker_references is not None
            or "known_speaker_references" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_known_speaker_references, Unset):
            for known_speaker_references_item_element in _v_known_speaker_references:
                files.append(
                    (
                        "known_speaker_references",
                        (
                            None,
                            str(known_speaker_references_item_element).encode(),
                            "text/plain",
                        ),
                    )
                )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _file_raw = d.pop("file", UNSET)
        if _file_raw is None or isinstance(_file_raw, Unset):
            raise KeyError("CreateTranscriptionRequest: required field file is missing")

        else:
            file = File(payload=BytesIO(_file_raw))

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError(
                "CreateTranscriptionRequest: required field model is missing"
            )

        else:

            def _parse_model(
                data: object,
            ) -> CreateTranscriptionRequestModelType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_transcription_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateTranscriptionRequestModelType1 | str, data)

            model = _parse_model(_model_raw)

        language = d.pop("language", UNSET)
        if language is None and strict_parsing.get():
            raise TypeError("language")

        if language is None or language is UNSET:
            if language is None:
                _none_flips += ("language",)
            language = None

        _languages_raw = d.pop("languages", UNSET)
        if _languages_raw is None or isinstance(_languages_raw, Unset):
            if _languages_raw is None and strict_parsing.get():
                raise TypeError("languages")

            if _languages_raw is None:
                _none_flips += ("languages",)
            languages = None

        else:
            languages = cast(list[str], _languages_raw)

        _keywords_raw = d.pop("keywords", UNSET)
        if _keywords_raw is None or isinstance(_keywords_raw, Unset):
            if _keywords_raw is None and strict_parsing.get():
                raise TypeError("keywords")

            if _keywords_raw is None:
                _none_flips += ("keywords",)
            keywords = None

        else:
            keywords = cast(list[str], _keywords_raw)

        prompt = d.pop("prompt", UNSET)
        if prompt is None and strict_parsing.get():
            raise TypeError("prompt")

        if prompt is None or prompt is UNSET:
            if prompt is None:
                _none_flips += ("prompt",)
            prompt = None

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None and strict_parsing.get():
                raise TypeError("response_format")

            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:
            _response_format = _response_format_raw
            response_format: AudioResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_audio_response_format(_response_format)

        temperature = d.pop("temperature", UNSET)
        if temperature is None and strict_parsing.get():
            raise TypeError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is None:
                _none_flips += ("temperature",)
            temperature = None

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None and strict_parsing.get():
                raise TypeError("include")

            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            _include = _include_raw
            include: list[TranscriptionInclude] | Unset = UNSET
            if _include is not UNSET:
                include = []
                if not isinstance(_include, list):
                    raise TypeError()
                for include_item_data in _include:
                    include_item = check_transcription_include(include_item_data)

                    include.append(include_item)

        _timestamp_granularities_raw = d.pop("timestamp_granularities", UNSET)
        if _timestamp_granularities_raw is None or isinstance(
            _timestamp_granularities_raw, Unset
        ):
            if _timestamp_granularities_raw is None and strict_parsing.get():
                raise TypeError("timestamp_granularities")

            if _timestamp_granularities_raw is None:
                _none_flips += ("timestamp_granularities",)
            timestamp_granularities = None

        else:
            _timestamp_granularities = _timestamp_granularities_raw
            timestamp_granularities: (
                list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset
            ) = UNSET
            if _timestamp_granularities is not UNSET:
                timestamp_granularities = []
                if not isinstance(_timestamp_granularities, list):
                    raise TypeError()
                for timestamp_granularities_item_data in _timestamp_granularities:
                    timestamp_granularities_item = (
                        check_create_transcription_request_timestamp_granularities_item(
                            timestamp_granularities_item_data
                        )
                    )

                    timestamp_granularities.append(timestamp_granularities_item)

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

        else:

            def _parse_stream(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            stream = _parse_stream(_stream_raw)

        _chunking_strategy_raw = d.pop("chunking_strategy", UNSET)
        if _chunking_strategy_raw is None or isinstance(_chunking_strategy_raw, Unset):
            if _chunking_strategy_raw is None:
                _none_flips += ("chunking_strategy",)
            chunking_strategy = None

        else:

            def _parse_chunking_strategy(
                data: object,
            ) -> (
                CreateTranscriptionRequestChunkingStrategyType0Type0
                | None
                | Unset
                | VadConfig
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "server_vad":
                        try:
                            chunking_strategy_type_0_type_1 = VadConfig.from_dict(data)

                            return chunking_strategy_type_0_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_chunking_strategy(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    chunking_strategy_type_0_type_0 = check_create_transcription_request_chunking_strategy_type_0_type_0(
                        data
                    )

                    return chunking_strategy_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "server_vad") not in ("server_vad",):
                        raise TypeError()
                    chunking_strategy_type_0_type_1 = VadConfig.from_dict(data)

                    return chunking_strategy_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateTranscriptionRequestChunkingStrategyType0Type0
                    | None
                    | Unset
                    | VadConfig,
                    data,
                )

            chunking_strategy = _parse_chunking_strategy(_chunking_strategy_raw)

        _known_speaker_names_raw = d.pop("known_speaker_names", UNSET)
        if _known_speaker_names_raw is None or isinstance(
            _known_speaker_names_raw, Unset
        ):
            if _known_speaker_names_raw is None and strict_parsing.get():
                raise TypeError("known_speaker_names")

            if _known_speaker_names_raw is None:
                _none_flips += ("known_speaker_names",)
            known_speaker_names = None

        else:
            known_speaker_names = cast(list[str], _known_speaker_names_raw)

        _known_speaker_references_raw = d.pop("known_speaker_references", UNSET)
        if _known_speaker_references_raw is None or isinstance(
            _known_speaker_references_raw, Unset
        ):
            if _known_speaker_references_raw is None and strict_parsing.get():
                raise TypeError("known_speaker_references")

            if _known_speaker_references_raw is None:
                _none_flips += ("known_speaker_references",)
            known_speaker_references = None

        else:
            known_speaker_references = cast(list[str], _known_speaker_references_raw)

        create_transcription_request = cls(
            file=file,
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
        )
        if _none_flips:
            create_transcription_request._none_flips = _none_flips

        return create_transcription_request
