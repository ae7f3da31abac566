from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="LocalSkillParam")


@_attrs_define
class LocalSkillParam:
    """A skill available on the caller's machine."""

    name: str
    """ Skill name. """
    description: str
    """ What the skill does. """
    path: str
    """ Where the skill lives on the caller's machine. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "description": description,
                    "path": path,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        description = d.pop("description", UNSET)
        if (
            description is None or isinstance(description, Unset)
        ) and strict_parsing.get():
            raise KeyError("description")

        path = d.pop("path", UNSET)
        if (path is None or isinstance(path, Unset)) and strict_parsing.get():
            raise KeyError("path")

        local_skill_param = cls(
            name=name,
            description=description,
            path=path,
        )

        local_skill_param.additional_properties = d
        return local_skill_param

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
