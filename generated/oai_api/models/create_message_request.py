from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_request_role import (
    CreateMessageRequestRole,
    check_create_message_request_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_message_request_attachments_type_0_item import (
        CreateMessageRequestAttachmentsType0Item,
    )
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_request_content_text_object import (
        MessageRequestContentTextObject,
    )
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="CreateMessageRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateMessageRequestAttachmentsType0Item, \
        MessageContentImageFileObject, \
        MessageContentImageUrlObject, \
        MessageRequestContentTextObject, \
        MetadataType0
    from ..models.create_message_request_attachments_type_0_item import (
        CreateMessageRequestAttachmentsType0Item,
    )
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_request_content_text_object import (
        MessageRequestContentTextObject,
    )
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class CreateMessageRequest:
    """Body for adding a message to a thread: a role, the content and optional file attachments."""

    role: CreateMessageRequestRole
    """ Author of the message: `user` for end-user input (the usual case) or `assistant` to insert an assistant
    turn. """
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ]
        | str
    )
    """ Message body: a plain string, or a list of text, `image_file` and `image_url` parts (images need a vision-
    capable model). """
    attachments: list[CreateMessageRequestAttachmentsType0Item] | None = None
    """ Files to attach, each naming the tools (code interpreter, file search) that should receive it. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if _v_content is None or isinstance(_v_content, Unset):
            content = _v_content
        else:
            content: list[dict[str, Any]] | str
            if isinstance(_v_content, list):
                content = []
                for content_type_1_item_data in _v_content:
                    content_type_1_item: dict[str, Any]
                    if (
                        isinstance(
                            content_type_1_item_data, MessageContentImageFileObject
                        )
                        or isinstance(
                            content_type_1_item_data, MessageContentImageUrlObject
                        )
                        or isinstance(
                            content_type_1_item_data, MessageRequestContentTextObject
                        )
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data
                    content.append(content_type_1_item)

            else:
                content = _v_content

        _v_attachments = (
            self.attachments
            if self.attachments is not None or "attachments" in self._none_flips
            else UNSET
        )

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(_v_attachments, Unset):
            attachments = UNSET
        elif isinstance(_v_attachments, list):
            attachments = []
            for attachments_type_0_item_data in _v_attachments:
                if not isinstance(
                    attachments_type_0_item_data,
                    CreateMessageRequestAttachmentsType0Item,
                ):
                    attachments.append(attachments_type_0_item_data)
                    continue
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = _v_attachments

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, MetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "role": role,
                    "content": content,
                }.items()
                if v is not UNSET
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            raise KeyError("CreateMessageRequest: required field role is missing")

        else:
            role = check_create_message_request_role(_role_raw)

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            raise KeyError("CreateMessageRequest: required field content is missing")

        else:

            def _parse_content(
                data: object,
            ) -> (
                list[
                    MessageContentImageFileObject
                    | MessageContentImageUrlObject
                    | MessageRequestContentTextObject
                ]
                | str
            ):

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    if not isinstance(_content_type_1, list):
                        raise TypeError()
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            MessageContentImageFileObject
                            | MessageContentImageUrlObject
                            | MessageRequestContentTextObject
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "image_file":
                                    try:
                                        content_type_1_item_type_0 = (
                                            MessageContentImageFileObject.from_dict(
                                                data
                                            )
                                        )

                                        return content_type_1_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_url":
                                    try:
                                        content_type_1_item_type_1 = (
                                            MessageContentImageUrlObject.from_dict(data)
                                        )

                                        return content_type_1_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "text":
                                    try:
                                        content_type_1_item_type_2 = (
                                            MessageRequestContentTextObject.from_dict(
                                                data
                                            )
                                        )

                                        return content_type_1_item_type_2
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
                                    return _parse_content_type_1_item(data)
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
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "image_url",
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
                                content_type_1_item_type_0 = (
                                    MessageContentImageFileObject.from_dict(data)
                                )

                                return content_type_1_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_url") not in ("image_url",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                content_type_1_item_type_1 = (
                                    MessageContentImageUrlObject.from_dict(data)
                                )

                                return content_type_1_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "text") not in ("text",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                content_type_1_item_type_2 = (
                                    MessageRequestContentTextObject.from_dict(data)
                                )

                                return content_type_1_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                MessageContentImageFileObject
                                | MessageContentImageUrlObject
                                | MessageRequestContentTextObject,
                                data,
                            )

                        content_type_1_item = _parse_content_type_1_item(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[
                        MessageContentImageFileObject
                        | MessageContentImageUrlObject
                        | MessageRequestContentTextObject
                    ]
                    | str,
                    data,
                )

            content = _parse_content(_content_raw)

        _attachments_raw = d.pop("attachments", UNSET)
        if _attachments_raw is None or isinstance(_attachments_raw, Unset):
            if _attachments_raw is None:
                _none_flips += ("attachments",)
            attachments = None

        else:

            def _parse_attachments(
                data: object,
            ) -> list[CreateMessageRequestAttachmentsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    attachments_type_0 = []
                    _attachments_type_0 = data
                    if not isinstance(_attachments_type_0, list):
                        raise TypeError()
                    for attachments_type_0_item_data in _attachments_type_0:
                        attachments_type_0_item = (
                            CreateMessageRequestAttachmentsType0Item.from_dict(
                                attachments_type_0_item_data
                            )
                        )

                        attachments_type_0.append(attachments_type_0_item)

                    return attachments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[CreateMessageRequestAttachmentsType0Item] | None | Unset, data
                )

            attachments = _parse_attachments(_attachments_raw)

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:

            def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                    return componentsschemas_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(MetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        create_message_request = cls(
            role=role,
            content=content,
            attachments=attachments,
            metadata=metadata,
        )
        if _none_flips:
            create_message_request._none_flips = _none_flips

        return create_message_request
