from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_message_item_object import (
    UserMessageItemObject,
    check_user_message_item_object,
)
from ..models.user_message_item_type import (
    UserMessageItemType,
    check_user_message_item_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.inference_options import InferenceOptions
    from ..models.user_message_input_text import UserMessageInputText
    from ..models.user_message_quoted_text import UserMessageQuotedText


T = TypeVar("T", bound="UserMessageItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        Attachment, \
        InferenceOptions, \
        UserMessageInputText, \
        UserMessageQuotedText
    from ..models.attachment import Attachment
    from ..models.inference_options import InferenceOptions
    from ..models.user_message_input_text import UserMessageInputText
    from ..models.user_message_quoted_text import UserMessageQuotedText

    _models_bound = True


@_attrs_define
class UserMessageItem:
    """A message a user posted in a thread, with its content, attachments and inference options."""

    id: str
    object_: UserMessageItemObject
    created_at: int
    thread_id: str
    type_: UserMessageItemType
    content: list[UserMessageInputText | UserMessageQuotedText]
    attachments: list[Attachment]
    inference_options: InferenceOptions | None
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
                content_item: dict[str, Any]
                if isinstance(content_item_data, UserMessageInputText) or isinstance(
                    content_item_data, UserMessageQuotedText
                ):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data
                content.append(content_item)

        _v_attachments = (
            self.attachments
            if self.attachments is not None or "attachments" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_attachments, list):
            attachments = _v_attachments
        else:
            attachments = []
            for attachments_item_data in _v_attachments:
                if not isinstance(attachments_item_data, Attachment):
                    attachments.append(attachments_item_data)
                    continue
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        _v_inference_options = (
            self.inference_options
            if self.inference_options is not None
            or "inference_options" not in self._none_flips
            else UNSET
        )

        if _v_inference_options is None or isinstance(_v_inference_options, Unset):
            inference_options = _v_inference_options
        else:
            inference_options: dict[str, Any] | None
            if isinstance(_v_inference_options, InferenceOptions):
                inference_options = _v_inference_options.to_dict()
            else:
                inference_options = _v_inference_options

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
                    "attachments": attachments,
                    "inference_options": inference_options,
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
                object_ = check_user_message_item_object(_object__raw)

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
                type_ = check_user_message_item_type(_type__raw)

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

                    def _parse_content_item(
                        data: object,
                    ) -> UserMessageInputText | UserMessageQuotedText:
                        if isinstance(data, dict):
                            if data.get("type") == "input_text":
                                try:
                                    content_item_type_0 = (
                                        UserMessageInputText.from_dict(data)
                                    )

                                    return content_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "quoted_text":
                                try:
                                    content_item_type_1 = (
                                        UserMessageQuotedText.from_dict(data)
                                    )

                                    return content_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_content_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "text",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "input_text") not in ("input_text",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            content_item_type_0 = UserMessageInputText.from_dict(data)

                            return content_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "quoted_text") not in ("quoted_text",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            content_item_type_1 = UserMessageQuotedText.from_dict(data)

                            return content_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(UserMessageInputText | UserMessageQuotedText, data)

                    content_item = _parse_content_item(content_item_data)

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _attachments_raw = d.pop("attachments", UNSET)
        if _attachments_raw is None or isinstance(_attachments_raw, Unset):
            if strict_parsing.get():
                raise KeyError("attachments")

            if _attachments_raw is UNSET:
                _none_flips += ("attachments",)
            attachments = None

        else:
            try:
                attachments = []
                _attachments = _attachments_raw
                if not isinstance(_attachments, list):
                    raise TypeError()
                for attachments_item_data in _attachments:
                    attachments_item = Attachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                attachments = _attachments_raw

        _inference_options_raw = d.pop("inference_options", UNSET)
        if _inference_options_raw is None or isinstance(_inference_options_raw, Unset):
            if isinstance(_inference_options_raw, Unset) and strict_parsing.get():
                raise KeyError("inference_options")

            if _inference_options_raw is UNSET:
                _none_flips += ("inference_options",)
            inference_options = None

        else:
            try:

                def _parse_inference_options(data: object) -> InferenceOptions | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        inference_options_type_0 = InferenceOptions.from_dict(data)

                        return inference_options_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(InferenceOptions | None, data)

                inference_options = _parse_inference_options(_inference_options_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                inference_options = _inference_options_raw

        user_message_item = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            content=content,
            attachments=attachments,
            inference_options=inference_options,
        )
        if _none_flips:
            user_message_item._none_flips = _none_flips

        user_message_item.additional_properties = d
        return user_message_item

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
