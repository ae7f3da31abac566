from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="VectorStoreFileContentResponseDataItem")


@_attrs_define
class VectorStoreFileContentResponseDataItem:
    type_: str | None = None
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        text = _v_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        type_ = d.pop("type", UNSET)
        if type_ is None and strict_parsing.get():
            raise TypeError("type")

        if type_ is None or type_ is UNSET:
            if type_ is None:
                _none_flips += ("type_",)
            type_ = None

        text = d.pop("text", UNSET)
        if text is None and strict_parsing.get():
            raise TypeError("text")

        if text is None or text is UNSET:
            if text is None:
                _none_flips += ("text",)
            text = None

        vector_store_file_content_response_data_item = cls(
            type_=type_,
            text=text,
        )
        if _none_flips:
            vector_store_file_content_response_data_item._none_flips = _none_flips

        vector_store_file_content_response_data_item.additional_properties = d
        return vector_store_file_content_response_data_item

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
