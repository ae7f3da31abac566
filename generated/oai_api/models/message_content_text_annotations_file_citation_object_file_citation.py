from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="MessageContentTextAnnotationsFileCitationObjectFileCitation")


@_attrs_define
class MessageContentTextAnnotationsFileCitationObjectFileCitation:
    file_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" not in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "file_id": file_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        file_id = d.pop("file_id", UNSET)
        if (file_id is None or isinstance(file_id, Unset)) and strict_parsing.get():
            raise KeyError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is UNSET:
                _none_flips += ("file_id",)
            file_id = None

        message_content_text_annotations_file_citation_object_file_citation = cls(
            file_id=file_id,
        )
        if _none_flips:
            message_content_text_annotations_file_citation_object_file_citation._none_flips = _none_flips

        message_content_text_annotations_file_citation_object_file_citation.additional_properties = d
        return message_content_text_annotations_file_citation_object_file_citation

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
