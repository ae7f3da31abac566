from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput


T = TypeVar("T", bound="RealtimeResponseAudio")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeResponseAudioOutput
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput

    _models_bound = True


@_attrs_define
class RealtimeResponseAudio:
    output: RealtimeResponseAudioOutput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, RealtimeResponseAudioOutput):
            output = _v_output
        else:
            output: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_output, Unset):
                output = _v_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
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
                output: RealtimeResponseAudioOutput | Unset
                if isinstance(_output, Unset):
                    output = UNSET
                else:
                    output = RealtimeResponseAudioOutput.from_dict(_output)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        realtime_response_audio = cls(
            output=output,
        )
        if _none_flips:
            realtime_response_audio._none_flips = _none_flips

        realtime_response_audio.additional_properties = d
        return realtime_response_audio

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
