from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_inline_skill_param_type import (
    BetaInlineSkillParamType,
    check_beta_inline_skill_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_inline_skill_source_param import BetaInlineSkillSourceParam


T = TypeVar("T", bound="BetaInlineSkillParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaInlineSkillSourceParam
    from ..models.beta_inline_skill_source_param import BetaInlineSkillSourceParam

    _models_bound = True


@_attrs_define
class BetaInlineSkillParam:
    """A skill given inline as a zip archive."""

    type_: BetaInlineSkillParamType
    """ Fixed tag `inline`. """
    name: str
    """ Skill name. """
    description: str
    """ What the skill does. """
    source: BetaInlineSkillSourceParam
    """ Base64 zip archive holding an inline skill. """
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" not in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_source = (
            self.source
            if self.source is not None or "source" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_source, BetaInlineSkillSourceParam):
            source = _v_source
        else:
            source = _v_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "description": description,
                    "source": source,
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
                type_ = check_beta_inline_skill_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if (
            description is None or isinstance(description, Unset)
        ) and strict_parsing.get():
            raise KeyError("description")

        if description is None or description is UNSET:
            if description is UNSET:
                _none_flips += ("description",)
            description = None

        _source_raw = d.pop("source", UNSET)
        if _source_raw is None or isinstance(_source_raw, Unset):
            if strict_parsing.get():
                raise KeyError("source")

            if _source_raw is UNSET:
                _none_flips += ("source",)
            source = None

        else:
            try:
                source = BetaInlineSkillSourceParam.from_dict(_source_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                source = _source_raw

        beta_inline_skill_param = cls(
            type_=type_,
            name=name,
            description=description,
            source=source,
        )
        if _none_flips:
            beta_inline_skill_param._none_flips = _none_flips

        beta_inline_skill_param.additional_properties = d
        return beta_inline_skill_param

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
