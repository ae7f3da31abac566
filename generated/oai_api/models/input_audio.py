from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_audio_type import InputAudioType, check_input_audio_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.input_audio_input_audio import InputAudioInputAudio


T = TypeVar("T", bound="InputAudio")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, InputAudioInputAudio
    from ..models.input_audio_input_audio import InputAudioInputAudio

    _models_bound = True


@_attrs_define
class InputAudio:
    """Audio given to the model as message content."""

    type_: InputAudioType
    """ Always `input_audio` for this content part. """
    input_audio: InputAudioInputAudio
    """ The audio clip: base64 data and its format. """
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

        _v_input_audio = (
            self.input_audio
            if self.input_audio is not None or "input_audio" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_audio, InputAudioInputAudio):
            input_audio = _v_input_audio
        else:
            input_audio = _v_input_audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "input_audio": input_audio,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_input_audio_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _input_audio_raw = d.pop("input_audio", UNSET)
        if _input_audio_raw is None or isinstance(_input_audio_raw, Unset):
            if strict_parsing.get():
                raise KeyError("input_audio")

            if _input_audio_raw is UNSET:
                _none_flips += ("input_audio",)
            input_audio = None

        else:
            try:
                input_audio = InputAudioInputAudio.from_dict(_input_audio_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_audio = _input_audio_raw

        input_audio = cls(
            type_=type_,
            input_audio=input_audio,
        )
        if _none_flips:
            input_audio._none_flips = _none_flips

        input_audio.additional_properties = d
        return input_audio

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
