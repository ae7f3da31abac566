from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_session_type import (
    RealtimeTranslationSessionType,
    check_realtime_translation_session_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio,
    )


T = TypeVar("T", bound="RealtimeTranslationSession")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeTranslationSessionAudio
    from ..models.realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranslationSession:
    """A live translation session that keeps turning incoming speech into the chosen output language."""

    id: str
    type_: RealtimeTranslationSessionType
    expires_at: int
    model: str
    audio: RealtimeTranslationSessionAudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeTranslationSessionAudio):
            audio = _v_audio
        else:
            audio = _v_audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "expires_at": expires_at,
                    "model": model,
                    "audio": audio,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_translation_session_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        expires_at = d.pop("expires_at", UNSET)
        if (
            expires_at is None or isinstance(expires_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if strict_parsing.get():
                raise KeyError("audio")

            if _audio_raw is UNSET:
                _none_flips += ("audio",)
            audio = None

        else:
            try:
                audio = RealtimeTranslationSessionAudio.from_dict(_audio_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                audio = _audio_raw

        realtime_translation_session = cls(
            id=id,
            type_=type_,
            expires_at=expires_at,
            model=model,
            audio=audio,
        )
        if _none_flips:
            realtime_translation_session._none_flips = _none_flips

        realtime_translation_session.additional_properties = d
        return realtime_translation_session

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
