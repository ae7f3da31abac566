from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type
from ..types import UNSET, Unset, model_repr

T = TypeVar(
    "T", bound="RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0"
)


@_attrs_define
class RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0:
    type_: NoiseReductionType
    """ Noise filter to apply: `near_field` for headsets and close mics, `far_field` for laptop or room mics. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0: required field type is missing"
            )

        else:
            type_ = check_noise_reduction_type(_type__raw)

        realtime_translation_session_create_request_audio_input_noise_reduction_type_0 = cls(
            type_=type_,
        )
        if _none_flips:
            realtime_translation_session_create_request_audio_input_noise_reduction_type_0._none_flips = _none_flips

        realtime_translation_session_create_request_audio_input_noise_reduction_type_0.additional_properties = d
        return realtime_translation_session_create_request_audio_input_noise_reduction_type_0

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
