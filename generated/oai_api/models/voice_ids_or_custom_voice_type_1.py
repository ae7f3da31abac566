from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="VoiceIdsOrCustomVoiceType1")


@_attrs_define
class VoiceIdsOrCustomVoiceType1:
    id: str
    """ ID of the custom voice. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        voice_ids_or_custom_voice_type_1 = cls(
            id=id,
        )

        return voice_ids_or_custom_voice_type_1
