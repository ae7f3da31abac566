from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateEvalItemType0")


@_attrs_define
class CreateEvalItemType0:
    role: str
    """ Who speaks the message, such as `system`, `user` or `assistant`. """
    content: str
    """ What the message says. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        role = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        content = _v_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role": role,
                    "content": content,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        role = d.pop("role", UNSET)
        if role is None or isinstance(role, Unset):
            raise KeyError("CreateEvalItemType0: required field role is missing")

        if role is None or role is UNSET:
            if role is UNSET:
                _none_flips += ("role",)
            role = None

        content = d.pop("content", UNSET)
        if content is None or isinstance(content, Unset):
            raise KeyError("CreateEvalItemType0: required field content is missing")

        if content is None or content is UNSET:
            if content is UNSET:
                _none_flips += ("content",)
            content = None

        create_eval_item_type_0 = cls(
            role=role,
            content=content,
        )
        if _none_flips:
            create_eval_item_type_0._none_flips = _none_flips

        create_eval_item_type_0.additional_properties = d
        return create_eval_item_type_0

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
