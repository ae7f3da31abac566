from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_conversation_item_input_audio_transcription_completed_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType,
    check_realtime_server_event_conversation_item_input_audio_transcription_completed_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.log_prob_properties import LogProbProperties
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


T = TypeVar(
    "T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionCompleted"
)

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        LogProbProperties, \
        TranscriptTextUsageDuration, \
        TranscriptTextUsageTokens, \
        TranscriptionLanguage
    from ..models.log_prob_properties import LogProbProperties
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage

    _models_bound = True


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionCompleted:
    """Server event carrying the finished transcript of committed user audio; it comes from a separate speech-recognition
    model and may differ from what the model understood.

    """

    event_id: str
    type_: RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType
    item_id: str
    content_index: int
    transcript: str
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens
    languages: list[TranscriptionLanguage] | None = None
    logprobs: list[LogProbProperties] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" not in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_item_id = (
            self.item_id
            if self.item_id is not None or "item_id" not in self._none_flips
            else UNSET
        )

        item_id = _v_item_id

        _v_content_index = (
            self.content_index
            if self.content_index is not None or "content_index" not in self._none_flips
            else UNSET
        )

        content_index = _v_content_index

        _v_transcript = (
            self.transcript
            if self.transcript is not None or "transcript" not in self._none_flips
            else UNSET
        )

        transcript = _v_transcript

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" not in self._none_flips
            else UNSET
        )

        if _v_usage is None or isinstance(_v_usage, Unset):
            usage = _v_usage
        else:
            usage: dict[str, Any]
            if isinstance(_v_usage, TranscriptTextUsageTokens) or isinstance(
                _v_usage, TranscriptTextUsageDuration
            ):
                usage = _v_usage.to_dict()
            else:
                usage = _v_usage

        _v_languages = (
            self.languages
            if self.languages is not None or "languages" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_languages, list):
            languages = _v_languages
        else:
            languages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_languages, Unset):
                languages = []
                for languages_item_data in _v_languages:
                    if not isinstance(languages_item_data, TranscriptionLanguage):
                        languages.append(languages_item_data)
                        continue
                    languages_item = languages_item_data.to_dict()
                    languages.append(languages_item)

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(_v_logprobs, Unset):
            logprobs = UNSET
        elif isinstance(_v_logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in _v_logprobs:
                if not isinstance(logprobs_type_0_item_data, LogProbProperties):
                    logprobs.append(logprobs_type_0_item_data)
                    continue
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = _v_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "item_id": item_id,
                    "content_index": content_index,
                    "transcript": transcript,
                    "usage": usage,
                }.items()
                if v is not UNSET
            }
        )
        if languages is not UNSET:
            field_dict["languages"] = languages
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        event_id = d.pop("event_id", UNSET)
        if (event_id is None or isinstance(event_id, Unset)) and strict_parsing.get():
            raise KeyError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is UNSET:
                _none_flips += ("event_id",)
            event_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_server_event_conversation_item_input_audio_transcription_completed_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        if item_id is None or item_id is UNSET:
            if item_id is UNSET:
                _none_flips += ("item_id",)
            item_id = None

        content_index = d.pop("content_index", UNSET)
        if (
            content_index is None or isinstance(content_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("content_index")

        if content_index is None or content_index is UNSET:
            if content_index is UNSET:
                _none_flips += ("content_index",)
            content_index = None

        transcript = d.pop("transcript", UNSET)
        if (
            transcript is None or isinstance(transcript, Unset)
        ) and strict_parsing.get():
            raise KeyError("transcript")

        if transcript is None or transcript is UNSET:
            if transcript is UNSET:
                _none_flips += ("transcript",)
            transcript = None

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if strict_parsing.get():
                raise KeyError("usage")

            if _usage_raw is UNSET:
                _none_flips += ("usage",)
            usage = None

        else:
            try:

                def _parse_usage(
                    data: object,
                ) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens:
                    if isinstance(data, dict):
                        if data.get("type") == "tokens":
                            try:
                                usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

                                return usage_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "duration":
                            try:
                                usage_type_1 = TranscriptTextUsageDuration.from_dict(
                                    data
                                )

                                return usage_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_usage(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "input_token_details",
                                    "input_tokens",
                                    "output_tokens",
                                    "total_tokens",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "seconds",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "tokens") not in ("tokens",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

                        return usage_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "duration") not in ("duration",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        usage_type_1 = TranscriptTextUsageDuration.from_dict(data)

                        return usage_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        TranscriptTextUsageDuration | TranscriptTextUsageTokens, data
                    )

                usage = _parse_usage(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        _languages_raw = d.pop("languages", UNSET)
        if _languages_raw is None or isinstance(_languages_raw, Unset):
            if _languages_raw is None and strict_parsing.get():
                raise TypeError("languages")

            if _languages_raw is None:
                _none_flips += ("languages",)
            languages = None

        else:
            try:
                _languages = _languages_raw
                languages: list[TranscriptionLanguage] | Unset = UNSET
                if _languages is not UNSET:
                    languages = []
                    if not isinstance(_languages, list):
                        raise TypeError()
                    for languages_item_data in _languages:
                        languages_item = TranscriptionLanguage.from_dict(
                            languages_item_data
                        )

                        languages.append(languages_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                languages = _languages_raw

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

        else:
            try:

                def _parse_logprobs(
                    data: object,
                ) -> list[LogProbProperties] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        logprobs_type_0 = []
                        _logprobs_type_0 = data
                        if not isinstance(_logprobs_type_0, list):
                            raise TypeError()
                        for logprobs_type_0_item_data in _logprobs_type_0:
                            logprobs_type_0_item = LogProbProperties.from_dict(
                                logprobs_type_0_item_data
                            )

                            logprobs_type_0.append(logprobs_type_0_item)

                        return logprobs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[LogProbProperties] | None | Unset, data)

                logprobs = _parse_logprobs(_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        realtime_server_event_conversation_item_input_audio_transcription_completed = (
            cls(
                event_id=event_id,
                type_=type_,
                item_id=item_id,
                content_index=content_index,
                transcript=transcript,
                usage=usage,
                languages=languages,
                logprobs=logprobs,
            )
        )
        if _none_flips:
            realtime_server_event_conversation_item_input_audio_transcription_completed._none_flips = _none_flips

        realtime_server_event_conversation_item_input_audio_transcription_completed.additional_properties = d
        return (
            realtime_server_event_conversation_item_input_audio_transcription_completed
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
