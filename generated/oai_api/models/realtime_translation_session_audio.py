from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,
    )
    from ..models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionAudio")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeTranslationSessionAudioInput, \
        RealtimeTranslationSessionAudioOutput
    from ..models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,
    )
    from ..models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranslationSessionAudio:
    input_: RealtimeTranslationSessionAudioInput | None = None
    output: RealtimeTranslationSessionAudioOutput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_, RealtimeTranslationSessionAudioInput):
            input_ = _v_input_
        else:
            input_: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_, Unset):
                input_ = _v_input_.to_dict()

        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, RealtimeTranslationSessionAudioOutput):
            output = _v_output
        else:
            output: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_output, Unset):
                output = _v_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if _input__raw is None and strict_parsing.get():
                raise TypeError("input")

            if _input__raw is None:
                _none_flips += ("input_",)
            input_ = None

        else:
            try:
                _input_ = _input__raw
                input_: RealtimeTranslationSessionAudioInput | Unset
                if isinstance(_input_, Unset):
                    input_ = UNSET
                else:
                    input_ = RealtimeTranslationSessionAudioInput.from_dict(_input_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if _output_raw is None and strict_parsing.get():
                raise TypeError("output")

            if _output_raw is None:
                _none_flips += ("output",)
            output = None

        else:
            try:
                _output = _output_raw
                output: RealtimeTranslationSessionAudioOutput | Unset
                if isinstance(_output, Unset):
                    output = UNSET
                else:
                    output = RealtimeTranslationSessionAudioOutput.from_dict(_output)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        realtime_translation_session_audio = cls(
            input_=input_,
            output=output,
        )
        if _none_flips:
            realtime_translation_session_audio._none_flips = _none_flips

        realtime_translation_session_audio.additional_properties = d
        return realtime_translation_session_audio

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
