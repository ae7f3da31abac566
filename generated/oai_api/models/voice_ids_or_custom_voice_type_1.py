from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="VoiceIdsOrCustomVoiceType1")


@_attrs_define
class VoiceIdsOrCustomVoiceType1:
    id: str
    """ ID of the custom voice. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None or isinstance(id, Unset):
            raise KeyError("VoiceIdsOrCustomVoiceType1: required field id is missing")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        voice_ids_or_custom_voice_type_1 = cls(
            id=id,
        )
        if _none_flips:
            voice_ids_or_custom_voice_type_1._none_flips = _none_flips

        return voice_ids_or_custom_voice_type_1
