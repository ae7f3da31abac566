from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_message_item_object import (
    AssistantMessageItemObject,
    check_assistant_message_item_object,
)
from ..models.assistant_message_item_type import (
    AssistantMessageItemType,
    check_assistant_message_item_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.response_output_text import ResponseOutputText


T = TypeVar("T", bound="AssistantMessageItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ResponseOutputText
    from ..models.response_output_text import ResponseOutputText

    _models_bound = True


@_attrs_define
class AssistantMessageItem:
    """A message the assistant posted in a thread."""

    id: str
    object_: AssistantMessageItemObject
    created_at: int
    thread_id: str
    type_: AssistantMessageItemType
    content: list[ResponseOutputText]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_thread_id = (
            self.thread_id
            if self.thread_id is not None or "thread_id" not in self._none_flips
            else UNSET
        )

        thread_id = _v_thread_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content = []
            for content_item_data in _v_content:
                if not isinstance(content_item_data, ResponseOutputText):
                    content.append(content_item_data)
                    continue
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "thread_id": thread_id,
                    "type": type_,
                    "content": content,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_assistant_message_item_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        thread_id = d.pop("thread_id", UNSET)
        if (thread_id is None or isinstance(thread_id, Unset)) and strict_parsing.get():
            raise KeyError("thread_id")

        if thread_id is None or thread_id is UNSET:
            if thread_id is UNSET:
                _none_flips += ("thread_id",)
            thread_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_assistant_message_item_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if strict_parsing.get():
                raise KeyError("content")

            if _content_raw is UNSET:
                _none_flips += ("content",)
            content = None

        else:
            try:
                content = []
                _content = _content_raw
                if not isinstance(_content, list):
                    raise TypeError()
                for content_item_data in _content:
                    content_item = ResponseOutputText.from_dict(content_item_data)

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        assistant_message_item = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            content=content,
        )
        if _none_flips:
            assistant_message_item._none_flips = _none_flips

        assistant_message_item.additional_properties = d
        return assistant_message_item

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
