from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_response_ga_include_item import (
    RealtimeTranscriptionSessionCreateResponseGAIncludeItem,
    check_realtime_transcription_session_create_response_ga_include_item,
)
from ..models.realtime_transcription_session_create_response_ga_type import (
    RealtimeTranscriptionSessionCreateResponseGAType,
    check_realtime_transcription_session_create_response_ga_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGA")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeTranscriptionSessionCreateResponseGAAudio
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGA:
    """A GA transcription session as the server holds it: ID, expiry, audio and include settings."""

    type_: RealtimeTranscriptionSessionCreateResponseGAType
    id: str
    object_: str
    expires_at: int | None = None
    include: list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem] | None = None
    audio: RealtimeTranscriptionSessionCreateResponseGAAudio | None = None
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

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

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

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeTranscriptionSessionCreateResponseGAAudio):
            audio = _v_audio
        else:
            audio: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_audio, Unset):
                audio = _v_audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "object": object_,
                }.items()
                if v is not UNSET
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_transcription_session_create_response_ga_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        object_ = d.pop("object", UNSET)
        if (object_ is None or isinstance(object_, Unset)) and strict_parsing.get():
            raise KeyError("object")

        if object_ is None or object_ is UNSET:
            if object_ is UNSET:
                _none_flips += ("object_",)
            object_ = None

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is None:
                _none_flips += ("expires_at",)
            expires_at = None

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None and strict_parsing.get():
                raise TypeError("include")

            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            try:
                _include = _include_raw
                include: (
                    list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem]
                    | Unset
                ) = UNSET
                if _include is not UNSET:
                    include = []
                    if not isinstance(_include, list):
                        raise TypeError()
                    for include_item_data in _include:
                        include_item = check_realtime_transcription_session_create_response_ga_include_item(
                            include_item_data
                        )

                        include.append(include_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                include = _include_raw

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None and strict_parsing.get():
                raise TypeError("audio")

            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            try:
                _audio = _audio_raw
                audio: RealtimeTranscriptionSessionCreateResponseGAAudio | Unset
                if isinstance(_audio, Unset):
                    audio = UNSET
                else:
                    audio = RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(
                        _audio
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                audio = _audio_raw

        realtime_transcription_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            audio=audio,
        )
        if _none_flips:
            realtime_transcription_session_create_response_ga._none_flips = _none_flips

        realtime_transcription_session_create_response_ga.additional_properties = d
        return realtime_transcription_session_create_response_ga

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
