from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
    check_message_delta_object_delta_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
    )
    from ..models.message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject,
    )
    from ..models.message_delta_content_refusal_object import (
        MessageDeltaContentRefusalObject,
    )
    from ..models.message_delta_content_text_object import MessageDeltaContentTextObject


T = TypeVar("T", bound="MessageDeltaObjectDelta")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MessageDeltaContentImageFileObject, \
        MessageDeltaContentImageUrlObject, \
        MessageDeltaContentRefusalObject, \
        MessageDeltaContentTextObject
    from ..models.message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
    )
    from ..models.message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject,
    )
    from ..models.message_delta_content_refusal_object import (
        MessageDeltaContentRefusalObject,
    )
    from ..models.message_delta_content_text_object import MessageDeltaContentTextObject

    _models_bound = True


@_attrs_define
class MessageDeltaObjectDelta:
    role: MessageDeltaObjectDeltaRole | None = None
    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
        ]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str | Unset = UNSET
            if not isinstance(_v_role, Unset):
                role = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_content, Unset):
                content = []
                for content_item_data in _v_content:
                    content_item: dict[str, Any]
                    if (
                        isinstance(
                            content_item_data, MessageDeltaContentImageFileObject
                        )
                        or isinstance(content_item_data, MessageDeltaContentTextObject)
                        or isinstance(
                            content_item_data, MessageDeltaContentRefusalObject
                        )
                        or isinstance(
                            content_item_data, MessageDeltaContentImageUrlObject
                        )
                    ):
                        content_item = content_item_data.to_dict()
                    else:
                        content_item = content_item_data
                    content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if _role_raw is None and strict_parsing.get():
                raise TypeError("role")

            if _role_raw is None:
                _none_flips += ("role",)
            role = None

        else:
            try:
                _role = _role_raw
                role: MessageDeltaObjectDeltaRole | Unset
                if isinstance(_role, Unset):
                    role = UNSET
                else:
                    role = check_message_delta_object_delta_role(_role)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if _content_raw is None and strict_parsing.get():
                raise TypeError("content")

            if _content_raw is None:
                _none_flips += ("content",)
            content = None

        else:
            try:
                _content = _content_raw
                content: (
                    list[
                        MessageDeltaContentImageFileObject
                        | MessageDeltaContentImageUrlObject
                        | MessageDeltaContentRefusalObject
                        | MessageDeltaContentTextObject
                    ]
                    | Unset
                ) = UNSET
                if _content is not UNSET:
                    content = []
                    if not isinstance(_content, list):
                        raise TypeError()
                    for content_item_data in _content:

                        def _parse_content_item(
                            data: object,
                        ) -> (
                            MessageDeltaContentImageFileObject
                            | MessageDeltaContentImageUrlObject
                            | MessageDeltaContentRefusalObject
                            | MessageDeltaContentTextObject
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "image_file":
                                    try:
                                        content_item_type_0 = MessageDeltaContentImageFileObject.from_dict(
                                            data
                                        )

                                        return content_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "text":
                                    try:
                                        content_item_type_1 = (
                                            MessageDeltaContentTextObject.from_dict(
                                                data
                                            )
                                        )

                                        return content_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "refusal":
                                    try:
                                        content_item_type_2 = (
                                            MessageDeltaContentRefusalObject.from_dict(
                                                data
                                            )
                                        )

                                        return content_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_url":
                                    try:
                                        content_item_type_3 = (
                                            MessageDeltaContentImageUrlObject.from_dict(
                                                data
                                            )
                                        )

                                        return content_item_type_3
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "image_file",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "index",
                                            "text",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "index",
                                            "refusal",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "image_url",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_file") not in (
                                    "image_file",
                                ):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                content_item_type_0 = (
                                    MessageDeltaContentImageFileObject.from_dict(data)
                                )

                                return content_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "text") not in ("text",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                content_item_type_1 = (
                                    MessageDeltaContentTextObject.from_dict(data)
                                )

                                return content_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "refusal") not in ("refusal",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                content_item_type_2 = (
                                    MessageDeltaContentRefusalObject.from_dict(data)
                                )

                                return content_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_url") not in ("image_url",):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                content_item_type_3 = (
                                    MessageDeltaContentImageUrlObject.from_dict(data)
                                )

                                return content_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                MessageDeltaContentImageFileObject
                                | MessageDeltaContentImageUrlObject
                                | MessageDeltaContentRefusalObject
                                | MessageDeltaContentTextObject,
                                data,
                            )

                        content_item = _parse_content_item(content_item_data)

                        content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        message_delta_object_delta = cls(
            role=role,
            content=content,
        )
        if _none_flips:
            message_delta_object_delta._none_flips = _none_flips

        message_delta_object_delta.additional_properties = d
        return message_delta_object_delta

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
