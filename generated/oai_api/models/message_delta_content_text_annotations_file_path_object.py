from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delta_content_text_annotations_file_path_object_type import (
    MessageDeltaContentTextAnnotationsFilePathObjectType,
    check_message_delta_content_text_annotations_file_path_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )


T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFilePathObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MessageDeltaContentTextAnnotationsFilePathObjectFilePath
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )

    _models_bound = True


@_attrs_define
class MessageDeltaContentTextAnnotationsFilePathObject:
    """Streamed annotation linking to a file that the `code_interpreter` tool generated."""

    index: int
    type_: MessageDeltaContentTextAnnotationsFilePathObjectType
    text: str | None = None
    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None
    start_index: int | None = None
    end_index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

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
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        text = _v_text

        _v_file_path = (
            self.file_path
            if self.file_path is not None or "file_path" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_file_path, MessageDeltaContentTextAnnotationsFilePathObjectFilePath
        ):
            file_path = _v_file_path
        else:
            file_path: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_file_path, Unset):
                file_path = _v_file_path.to_dict()

        _v_start_index = (
            self.start_index
            if self.start_index is not None or "start_index" in self._none_flips
            else UNSET
        )

        start_index = _v_start_index

        _v_end_index = (
            self.end_index
            if self.end_index is not None or "end_index" in self._none_flips
            else UNSET
        )

        end_index = _v_end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "index": index,
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = (
                    check_message_delta_content_text_annotations_file_path_object_type(
                        _type__raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if text is None and strict_parsing.get():
            raise TypeError("text")

        if text is None or text is UNSET:
            if text is None:
                _none_flips += ("text",)
            text = None

        _file_path_raw = d.pop("file_path", UNSET)
        if _file_path_raw is None or isinstance(_file_path_raw, Unset):
            if _file_path_raw is None and strict_parsing.get():
                raise TypeError("file_path")

            if _file_path_raw is None:
                _none_flips += ("file_path",)
            file_path = None

        else:
            try:
                _file_path = _file_path_raw
                file_path: (
                    MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset
                )
                if isinstance(_file_path, Unset):
                    file_path = UNSET
                else:
                    file_path = MessageDeltaContentTextAnnotationsFilePathObjectFilePath.from_dict(
                        _file_path
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_path = _file_path_raw

        start_index = d.pop("start_index", UNSET)
        if start_index is None and strict_parsing.get():
            raise TypeError("start_index")

        if start_index is None or start_index is UNSET:
            if start_index is None:
                _none_flips += ("start_index",)
            start_index = None

        end_index = d.pop("end_index", UNSET)
        if end_index is None and strict_parsing.get():
            raise TypeError("end_index")

        if end_index is None or end_index is UNSET:
            if end_index is None:
                _none_flips += ("end_index",)
            end_index = None

        message_delta_content_text_annotations_file_path_object = cls(
            index=index,
            type_=type_,
            text=text,
            file_path=file_path,
            start_index=start_index,
            end_index=end_index,
        )
        if _none_flips:
            message_delta_content_text_annotations_file_path_object._none_flips = (
                _none_flips
            )

        message_delta_content_text_annotations_file_path_object.additional_properties = d
        return message_delta_content_text_annotations_file_path_object

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
