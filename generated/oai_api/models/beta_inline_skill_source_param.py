from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_inline_skill_source_param_media_type import (
    BetaInlineSkillSourceParamMediaType,
    check_beta_inline_skill_source_param_media_type,
)
from ..models.beta_inline_skill_source_param_type import (
    BetaInlineSkillSourceParamType,
    check_beta_inline_skill_source_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaInlineSkillSourceParam")


@_attrs_define
class BetaInlineSkillSourceParam:
    """Base64 zip archive holding an inline skill."""

    type_: BetaInlineSkillSourceParamType
    """ Fixed tag `base64`. """
    media_type: BetaInlineSkillSourceParamMediaType
    """ Archive format; only zip. """
    data: str
    """ Base64 zip data. """
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

        _v_media_type = (
            self.media_type
            if self.media_type is not None or "media_type" not in self._none_flips
            else UNSET
        )

        if _v_media_type is None or isinstance(_v_media_type, Unset):
            media_type = _v_media_type
        else:
            media_type: str = _v_media_type

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        data = _v_data

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
                type_ = check_beta_inline_skill_source_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _media_type_raw = d.pop("media_type", UNSET)
        if _media_type_raw is None or isinstance(_media_type_raw, Unset):
            if strict_parsing.get():
                raise KeyError("media_type")

            if _media_type_raw is UNSET:
                _none_flips += ("media_type",)
            media_type = None

        else:
            try:
                media_type = check_beta_inline_skill_source_param_media_type(
                    _media_type_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                media_type = _media_type_raw

        data = d.pop("data", UNSET)
        if (data is None or isinstance(data, Unset)) and strict_parsing.get():
            raise KeyError("data")

        if data is None or data is UNSET:
            if data is UNSET:
                _none_flips += ("data",)
            data = None

        beta_inline_skill_source_param = cls(
            type_=type_,
            media_type=media_type,
            data=data,
        )
        if _none_flips:
            beta_inline_skill_source_param._none_flips = _none_flips

        beta_inline_skill_source_param.additional_properties = d
        return beta_inline_skill_source_param

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
