from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogProjectCreatedData")


@_attrs_define
class AuditLogProjectCreatedData:
    name: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_title = (
            self.title
            if self.title is not None or "title" in self._none_flips
            else UNSET
        )

        title = _v_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        title = d.pop("title", UNSET)
        if title is None and strict_parsing.get():
            raise TypeError("title")

        if title is None or title is UNSET:
            if title is None:
                _none_flips += ("title",)
            title = None

        audit_log_project_created_data = cls(
            name=name,
            title=title,
        )
        if _none_flips:
            audit_log_project_created_data._none_flips = _none_flips

        audit_log_project_created_data.additional_properties = d
        return audit_log_project_created_data

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
