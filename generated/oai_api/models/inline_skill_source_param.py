from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inline_skill_source_param_media_type import (
    InlineSkillSourceParamMediaType,
    check_inline_skill_source_param_media_type,
)
from ..models.inline_skill_source_param_type import (
    InlineSkillSourceParamType,
    check_inline_skill_source_param_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="InlineSkillSourceParam")


@_attrs_define
class InlineSkillSourceParam:
    """Base64 zip archive holding an inline skill."""

    type_: InlineSkillSourceParamType
    """ Fixed tag `base64`. """
    media_type: InlineSkillSourceParamMediaType
    """ Archive format; only zip. """
    data: str
    """ Base64 zip data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if self.media_type is None or isinstance(self.media_type, Unset):
            media_type = self.media_type
        else:
            media_type: str = self.media_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "media_type": media_type,
                    "data": data,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_inline_skill_source_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _media_type_raw = d.pop("media_type", UNSET)
        if _media_type_raw is None or isinstance(_media_type_raw, Unset):
            if strict_parsing.get():
                raise KeyError("media_type")

            media_type = _media_type_raw
        else:
            try:
                media_type = check_inline_skill_source_param_media_type(_media_type_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                media_type = _media_type_raw

        data = d.pop("data", UNSET)
        if (data is None or isinstance(data, Unset)) and strict_parsing.get():
            raise KeyError("data")

        inline_skill_source_param = cls(
            type_=type_,
            media_type=media_type,
            data=data,
        )

        inline_skill_source_param.additional_properties = d
        return inline_skill_source_param

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
