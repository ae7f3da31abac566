from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compaction_body_type import CompactionBodyType, check_compaction_body_type
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="CompactionBody")


@_attrs_define
class CompactionBody:
    """Compacted (encrypted) context that replaces earlier items."""

    type_: CompactionBodyType
    """ Fixed tag `compaction`. """
    id: str
    """ Unique ID. """
    encrypted_content: str
    """ Compacted context; send it back unchanged. """
    created_by: str | Unset = UNSET
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        id = self.id

        encrypted_content = self.encrypted_content

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "encrypted_content": encrypted_content,
                }.items()
                if v is not UNSET
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
                type_ = check_compaction_body_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        encrypted_content = d.pop("encrypted_content", UNSET)
        if (
            encrypted_content is None or isinstance(encrypted_content, Unset)
        ) and strict_parsing.get():
            raise KeyError("encrypted_content")

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        compaction_body = cls(
            type_=type_,
            id=id,
            encrypted_content=encrypted_content,
            created_by=created_by,
        )

        compaction_body.additional_properties = d
        return compaction_body

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
