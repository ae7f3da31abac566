from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartFileFile")


@_attrs_define
class ChatCompletionRequestMessageContentPartFileFile:
    """The file, inline or by ID."""

    filename: str | None = None
    """ File name for inline data. """
    file_data: str | None = None
    """ Base64-encoded file contents. """
    file_id: str | None = None
    """ ID of an uploaded file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_filename = (
            self.filename
            if self.filename is not None or "filename" in self._none_flips
            else UNSET
        )

        filename = _v_filename

        _v_file_data = (
            self.file_data
            if self.file_data is not None or "file_data" in self._none_flips
            else UNSET
        )

        file_data = _v_file_data

        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        filename = d.pop("filename", UNSET)
        if filename is None and strict_parsing.get():
            raise TypeError("filename")

        if filename is None or filename is UNSET:
            if filename is None:
                _none_flips += ("filename",)
            filename = None

        file_data = d.pop("file_data", UNSET)
        if file_data is None and strict_parsing.get():
            raise TypeError("file_data")

        if file_data is None or file_data is UNSET:
            if file_data is None:
                _none_flips += ("file_data",)
            file_data = None

        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is None:
                _none_flips += ("file_id",)
            file_id = None

        chat_completion_request_message_content_part_file_file = cls(
            filename=filename,
            file_data=file_data,
            file_id=file_id,
        )
        if _none_flips:
            chat_completion_request_message_content_part_file_file._none_flips = (
                _none_flips
            )

        chat_completion_request_message_content_part_file_file.additional_properties = d
        return chat_completion_request_message_content_part_file_file

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
