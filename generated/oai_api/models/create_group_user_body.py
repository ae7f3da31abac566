from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateGroupUserBody")


@_attrs_define
class CreateGroupUserBody:
    """Body of an add-member request: the user's ID."""

    user_id: str
    """ The user who should join. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_user_id = (
            self.user_id
            if self.user_id is not None or "user_id" not in self._none_flips
            else UNSET
        )

        user_id = _v_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "user_id": user_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        user_id = d.pop("user_id", UNSET)
        if user_id is None or isinstance(user_id, Unset):
            raise KeyError("CreateGroupUserBody: required field user_id is missing")

        if user_id is None or user_id is UNSET:
            if user_id is UNSET:
                _none_flips += ("user_id",)
            user_id = None

        create_group_user_body = cls(
            user_id=user_id,
        )
        if _none_flips:
            create_group_user_body._none_flips = _none_flips

        create_group_user_body.additional_properties = d
        return create_group_user_body

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
