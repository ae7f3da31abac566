from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="VideoCharacterResource")


@_attrs_define
class VideoCharacterResource:
    """A video character: its ID, name and creation time."""

    id: None | str
    name: None | str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        if _v_id is None or isinstance(_v_id, Unset):
            id = _v_id
        else:
            id: None | str
            id = _v_id

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        if _v_name is None or isinstance(_v_name, Unset):
            name = _v_name
        else:
            name: None | str
            name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "name": name,
                    "created_at": created_at,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _id_raw = d.pop("id", UNSET)
        if _id_raw is None or isinstance(_id_raw, Unset):
            if isinstance(_id_raw, Unset) and strict_parsing.get():
                raise KeyError("id")

            if _id_raw is UNSET:
                _none_flips += ("id",)
            id = None

        else:
            try:

                def _parse_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                id = _parse_id(_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                id = _id_raw

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if isinstance(_name_raw, Unset) and strict_parsing.get():
                raise KeyError("name")

            if _name_raw is UNSET:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        video_character_resource = cls(
            id=id,
            name=name,
            created_at=created_at,
        )
        if _none_flips:
            video_character_resource._none_flips = _none_flips

        video_character_resource.additional_properties = d
        return video_character_resource

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
