from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_ga_include_item import (
    RealtimeTranscriptionSessionCreateRequestGAIncludeItem,
    check_realtime_transcription_session_create_request_ga_include_item,
)
from ..models.realtime_transcription_session_create_request_ga_type import (
    RealtimeTranscriptionSessionCreateRequestGAType,
    check_realtime_transcription_session_create_request_ga_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestGA")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeTranscriptionSessionCreateRequestGAAudio
    from ..models.realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestGA:
    """Settings for a GA Realtime session that transcribes audio without generating replies."""

    type_: RealtimeTranscriptionSessionCreateRequestGAType
    """ Session kind; always `transcription` here. """
    audio: RealtimeTranscriptionSessionCreateRequestGAAudio | None = None
    """ Settings for the incoming audio. """
    include: list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | None = None
    """ Extra data in server events, e.g. `item.input_audio_transcription.logprobs` for transcription log
    probabilities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeTranscriptionSessionCreateRequestGAAudio):
            audio = _v_audio
        else:
            audio: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_audio, Unset):
                audio = _v_audio.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "RealtimeTranscriptionSessionCreateRequestGA: required field type is missing"
            )

        else:
            type_ = check_realtime_transcription_session_create_request_ga_type(
                _type__raw
            )

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None and strict_parsing.get():
                raise TypeError("audio")

            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            _audio = _audio_raw
            audio: RealtimeTranscriptionSessionCreateRequestGAAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeTranscriptionSessionCreateRequestGAAudio.from_dict(
                    _audio
                )

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None and strict_parsing.get():
                raise TypeError("include")

            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            _include = _include_raw
            include: (
                list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | Unset
            ) = UNSET
            if _include is not UNSET:
                include = []
                if not isinstance(_include, list):
                    raise TypeError()
                for include_item_data in _include:
                    include_item = check_realtime_transcription_session_create_request_ga_include_item(
                        include_item_data
                    )

                    include.append(include_item)

        realtime_transcription_session_create_request_ga = cls(
            type_=type_,
            audio=audio,
            include=include,
        )
        if _none_flips:
            realtime_transcription_session_create_request_ga._none_flips = _none_flips

        realtime_transcription_session_create_request_ga.additional_properties = d
        return realtime_transcription_session_create_request_ga

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
