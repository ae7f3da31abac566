from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_content_text_annotations_file_path_object_type import (
    MessageContentTextAnnotationsFilePathObjectType,
    check_message_content_text_annotations_file_path_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )


T = TypeVar("T", bound="MessageContentTextAnnotationsFilePathObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MessageContentTextAnnotationsFilePathObjectFilePath
    from ..models.message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )

    _models_bound = True


@_attrs_define
class MessageContentTextAnnotationsFilePathObject:
    """Annotation marking a span of the text that links to a file produced by the `code_interpreter` tool."""

    type_: MessageContentTextAnnotationsFilePathObjectType
    text: str
    file_path: MessageContentTextAnnotationsFilePathObjectFilePath
    start_index: int
    end_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_file_path = (
            self.file_path
            if self.file_path is not None or "file_path" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_file_path, MessageContentTextAnnotationsFilePathObjectFilePath
        ):
            file_path = _v_file_path
        else:
            file_path = _v_file_path.to_dict()

        _v_start_index = (
            self.start_index
            if self.start_index is not None or "start_index" not in self._none_flips
            else UNSET
        )

        start_index = _v_start_index

        _v_end_index = (
            self.end_index
            if self.end_index is not None or "end_index" not in self._none_flips
            else UNSET
        )

        end_index = _v_end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "text": text,
                    "file_path": file_path,
                    "start_index": start_index,
                    "end_index": end_index,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_message_content_text_annotations_file_path_object_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _file_path_raw = d.pop("file_path", UNSET)
        if _file_path_raw is None or isinstance(_file_path_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file_path")

            if _file_path_raw is UNSET:
                _none_flips += ("file_path",)
            file_path = None

        else:
            try:
                file_path = (
                    MessageContentTextAnnotationsFilePathObjectFilePath.from_dict(
                        _file_path_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_path = _file_path_raw

        start_index = d.pop("start_index", UNSET)
        if (
            start_index is None or isinstance(start_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("start_index")

        if start_index is None or start_index is UNSET:
            if start_index is UNSET:
                _none_flips += ("start_index",)
            start_index = None

        end_index = d.pop("end_index", UNSET)
        if (end_index is None or isinstance(end_index, Unset)) and strict_parsing.get():
            raise KeyError("end_index")

        if end_index is None or end_index is UNSET:
            if end_index is UNSET:
                _none_flips += ("end_index",)
            end_index = None

        message_content_text_annotations_file_path_object = cls(
            type_=type_,
            text=text,
            file_path=file_path,
            start_index=start_index,
            end_index=end_index,
        )
        if _none_flips:
            message_content_text_annotations_file_path_object._none_flips = _none_flips

        message_content_text_annotations_file_path_object.additional_properties = d
        return message_content_text_annotations_file_path_object

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
