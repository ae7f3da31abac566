from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compaction_summary_item_param_type import (
    CompactionSummaryItemParamType,
    check_compaction_summary_item_param_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="CompactionSummaryItemParam")


@_attrs_define
class CompactionSummaryItemParam:
    """A compaction item sent back as input (its encrypted content)."""

    type_: CompactionSummaryItemParamType
    """ Fixed tag `compaction`. """
    encrypted_content: str
    """ Compacted context as returned by the API. """
    id: None | str | Unset = UNSET
    """ Unique ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        encrypted_content = self.encrypted_content

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "encrypted_content": encrypted_content,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

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
                type_ = check_compaction_summary_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        encrypted_content = d.pop("encrypted_content", UNSET)
        if (
            encrypted_content is None or isinstance(encrypted_content, Unset)
        ) and strict_parsing.get():
            raise KeyError("encrypted_content")

        _id_raw = d.pop("id", UNSET)
        if _id_raw is None or isinstance(_id_raw, Unset):
            id = _id_raw
        else:
            try:

                def _parse_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                id = _parse_id(_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                id = _id_raw

        compaction_summary_item_param = cls(
            type_=type_,
            encrypted_content=encrypted_content,
            id=id,
        )

        compaction_summary_item_param.additional_properties = d
        return compaction_summary_item_param

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
