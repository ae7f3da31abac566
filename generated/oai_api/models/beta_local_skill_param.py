from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaLocalSkillParam")


@_attrs_define
class BetaLocalSkillParam:
    """A skill stored in a local directory, made available to the model by name and summary."""

    name: str
    """ Name the skill is known by. """
    description: str
    """ Short summary telling the model what the skill does. """
    path: str
    """ Directory on disk that holds the skill's files. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        _v_path = (
            self.path
            if self.path is not None or "path" not in self._none_flips
            else UNSET
        )

        path = _v_path

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
        _none_flips: tuple[str, ...] = ()
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

        path = d.pop("path", UNSET)
        if (path is None or isinstance(path, Unset)) and strict_parsing.get():
            raise KeyError("path")

        if path is None or path is UNSET:
            if path is UNSET:
                _none_flips += ("path",)
            path = None

        beta_local_skill_param = cls(
            name=name,
            description=description,
            path=path,
        )
        if _none_flips:
            beta_local_skill_param._none_flips = _none_flips

        beta_local_skill_param.additional_properties = d
        return beta_local_skill_param

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
