from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_object_object import (
    MessageObjectObject,
    check_message_object_object,
)
from ..models.message_object_role import MessageObjectRole, check_message_object_role
from ..models.message_object_status import (
    MessageObjectStatus,
    check_message_object_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_content_refusal_object import MessageContentRefusalObject
    from ..models.message_content_text_object import MessageContentTextObject
    from ..models.message_object_attachments_type_0_item import (
        MessageObjectAttachmentsType0Item,
    )
    from ..models.message_object_incomplete_details_type_0 import (
        MessageObjectIncompleteDetailsType0,
    )
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="MessageObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MessageContentImageFileObject, \
        MessageContentImageUrlObject, \
        MessageContentRefusalObject, \
        MessageContentTextObject, \
        MessageObjectAttachmentsType0Item, \
        MessageObjectIncompleteDetailsType0, \
        MetadataType0
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_content_refusal_object import MessageContentRefusalObject
    from ..models.message_content_text_object import MessageContentTextObject
    from ..models.message_object_attachments_type_0_item import (
        MessageObjectAttachmentsType0Item,
    )
    from ..models.message_object_incomplete_details_type_0 import (
        MessageObjectIncompleteDetailsType0,
    )
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class MessageObject:
    """One message in a thread: its author role, content parts, attachments and status."""

    id: str
    object_: MessageObjectObject
    created_at: int
    thread_id: str
    status: MessageObjectStatus
    incomplete_details: MessageObjectIncompleteDetailsType0 | None
    completed_at: int | None
    incomplete_at: int | None
    role: MessageObjectRole
    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
    ]
    assistant_id: None | str
    run_id: None | str
    attachments: list[MessageObjectAttachmentsType0Item] | None
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
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

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_incomplete_details = (
            self.incomplete_details
            if self.incomplete_details is not None
            or "incomplete_details" not in self._none_flips
            else UNSET
        )

        if _v_incomplete_details is None or isinstance(_v_incomplete_details, Unset):
            incomplete_details = _v_incomplete_details
        else:
            incomplete_details: dict[str, Any] | None
            if isinstance(_v_incomplete_details, MessageObjectIncompleteDetailsType0):
                incomplete_details = _v_incomplete_details.to_dict()
            else:
                incomplete_details = _v_incomplete_details

        _v_completed_at = (
            self.completed_at
            if self.completed_at is not None or "completed_at" not in self._none_flips
            else UNSET
        )

        if _v_completed_at is None or isinstance(_v_completed_at, Unset):
            completed_at = _v_completed_at
        else:
            completed_at: int | None
            completed_at = _v_completed_at

        _v_incomplete_at = (
            self.incomplete_at
            if self.incomplete_at is not None or "incomplete_at" not in self._none_flips
            else UNSET
        )

        if _v_incomplete_at is None or isinstance(_v_incomplete_at, Unset):
            incomplete_at = _v_incomplete_at
        else:
            incomplete_at: int | None
            incomplete_at = _v_incomplete_at

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

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content = []
            for content_item_data in _v_content:
                content_item: dict[str, Any]
                if (
                    isinstance(content_item_data, MessageContentImageFileObject)
                    or isinstance(content_item_data, MessageContentImageUrlObject)
                    or isinstance(content_item_data, MessageContentTextObject)
                    or isinstance(content_item_data, MessageContentRefusalObject)
                ):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data
                content.append(content_item)

        _v_assistant_id = (
            self.assistant_id
            if self.assistant_id is not None or "assistant_id" not in self._none_flips
            else UNSET
        )

        if _v_assistant_id is None or isinstance(_v_assistant_id, Unset):
            assistant_id = _v_assistant_id
        else:
            assistant_id: None | str
            assistant_id = _v_assistant_id

        _v_run_id = (
            self.run_id
            if self.run_id is not None or "run_id" not in self._none_flips
            else UNSET
        )

        if _v_run_id is None or isinstance(_v_run_id, Unset):
            run_id = _v_run_id
        else:
            run_id: None | str
            run_id = _v_run_id

        _v_attachments = (
            self.attachments
            if self.attachments is not None or "attachments" not in self._none_flips
            else UNSET
        )

        if _v_attachments is None or isinstance(_v_attachments, Unset):
            attachments = _v_attachments
        else:
            attachments: list[dict[str, Any]] | None
            if isinstance(_v_attachments, list):
                attachments = []
                for attachments_type_0_item_data in _v_attachments:
                    if not isinstance(
                        attachments_type_0_item_data, MessageObjectAttachmentsType0Item
                    ):
                        attachments.append(attachments_type_0_item_data)
                        continue
                    attachments_type_0_item = attachments_type_0_item_data.to_dict()
                    attachments.append(attachments_type_0_item)

            else:
                attachments = _v_attachments

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

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
                    "status": status,
                    "incomplete_details": incomplete_details,
                    "completed_at": completed_at,
                    "incomplete_at": incomplete_at,
                    "role": role,
                    "content": content,
                    "assistant_id": assistant_id,
                    "run_id": run_id,
                    "attachments": attachments,
                    "metadata": metadata,
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
                object_ = check_message_object_object(_object__raw)

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

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_message_object_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _incomplete_details_raw = d.pop("incomplete_details", UNSET)
        if _incomplete_details_raw is None or isinstance(
            _incomplete_details_raw, Unset
        ):
            if isinstance(_incomplete_details_raw, Unset) and strict_parsing.get():
                raise KeyError("incomplete_details")

            if _incomplete_details_raw is UNSET:
                _none_flips += ("incomplete_details",)
            incomplete_details = None

        else:
            try:

                def _parse_incomplete_details(
                    data: object,
                ) -> MessageObjectIncompleteDetailsType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        incomplete_details_type_0 = (
                            MessageObjectIncompleteDetailsType0.from_dict(data)
                        )

                        return incomplete_details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MessageObjectIncompleteDetailsType0 | None, data)

                incomplete_details = _parse_incomplete_details(_incomplete_details_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                incomplete_details = _incomplete_details_raw

        _completed_at_raw = d.pop("completed_at", UNSET)
        if _completed_at_raw is None or isinstance(_completed_at_raw, Unset):
            if isinstance(_completed_at_raw, Unset) and strict_parsing.get():
                raise KeyError("completed_at")

            if _completed_at_raw is UNSET:
                _none_flips += ("completed_at",)
            completed_at = None

        else:
            try:

                def _parse_completed_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                completed_at = _parse_completed_at(_completed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                completed_at = _completed_at_raw

        _incomplete_at_raw = d.pop("incomplete_at", UNSET)
        if _incomplete_at_raw is None or isinstance(_incomplete_at_raw, Unset):
            if isinstance(_incomplete_at_raw, Unset) and strict_parsing.get():
                raise KeyError("incomplete_at")

            if _incomplete_at_raw is UNSET:
                _none_flips += ("incomplete_at",)
            incomplete_at = None

        else:
            try:

                def _parse_incomplete_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                incomplete_at = _parse_incomplete_at(_incomplete_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                incomplete_at = _incomplete_at_raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_message_object_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

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
                    ) -> (
                        MessageContentImageFileObject
                        | MessageContentImageUrlObject
                        | MessageContentRefusalObject
                        | MessageContentTextObject
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "image_file":
                                try:
                                    content_item_type_0 = (
                                        MessageContentImageFileObject.from_dict(data)
                                    )

                                    return content_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_url":
                                try:
                                    content_item_type_1 = (
                                        MessageContentImageUrlObject.from_dict(data)
                                    )

                                    return content_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "text":
                                try:
                                    content_item_type_2 = (
                                        MessageContentTextObject.from_dict(data)
                                    )

                                    return content_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "refusal":
                                try:
                                    content_item_type_3 = (
                                        MessageContentRefusalObject.from_dict(data)
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
                            except (TypeError, ValueError, AttributeError, KeyError):
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
                                len(
                                    {
                                        "refusal",
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
                            if data.get("type", "image_file") not in ("image_file",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            content_item_type_0 = (
                                MessageContentImageFileObject.from_dict(data)
                            )

                            return content_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_url") not in ("image_url",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            content_item_type_1 = (
                                MessageContentImageUrlObject.from_dict(data)
                            )

                            return content_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "text") not in ("text",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            content_item_type_2 = MessageContentTextObject.from_dict(
                                data
                            )

                            return content_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "refusal") not in ("refusal",):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            content_item_type_3 = MessageContentRefusalObject.from_dict(
                                data
                            )

                            return content_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            MessageContentImageFileObject
                            | MessageContentImageUrlObject
                            | MessageContentRefusalObject
                            | MessageContentTextObject,
                            data,
                        )

                    content_item = _parse_content_item(content_item_data)

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _assistant_id_raw = d.pop("assistant_id", UNSET)
        if _assistant_id_raw is None or isinstance(_assistant_id_raw, Unset):
            if isinstance(_assistant_id_raw, Unset) and strict_parsing.get():
                raise KeyError("assistant_id")

            if _assistant_id_raw is UNSET:
                _none_flips += ("assistant_id",)
            assistant_id = None

        else:
            try:

                def _parse_assistant_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                assistant_id = _parse_assistant_id(_assistant_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                assistant_id = _assistant_id_raw

        _run_id_raw = d.pop("run_id", UNSET)
        if _run_id_raw is None or isinstance(_run_id_raw, Unset):
            if isinstance(_run_id_raw, Unset) and strict_parsing.get():
                raise KeyError("run_id")

            if _run_id_raw is UNSET:
                _none_flips += ("run_id",)
            run_id = None

        else:
            try:

                def _parse_run_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                run_id = _parse_run_id(_run_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                run_id = _run_id_raw

        _attachments_raw = d.pop("attachments", UNSET)
        if _attachments_raw is None or isinstance(_attachments_raw, Unset):
            if isinstance(_attachments_raw, Unset) and strict_parsing.get():
                raise KeyError("attachments")

            if _attachments_raw is UNSET:
                _none_flips += ("attachments",)
            attachments = None

        else:
            try:

                def _parse_attachments(
                    data: object,
                ) -> list[MessageObjectAttachmentsType0Item] | None:
                    if data is None:
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
                                MessageObjectAttachmentsType0Item.from_dict(
                                    attachments_type_0_item_data
                                )
                            )

                            attachments_type_0.append(attachments_type_0_item)

                        return attachments_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[MessageObjectAttachmentsType0Item] | None, data)

                attachments = _parse_attachments(_attachments_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                attachments = _attachments_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        message_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            status=status,
            incomplete_details=incomplete_details,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            role=role,
            content=content,
            assistant_id=assistant_id,
            run_id=run_id,
            attachments=attachments,
            metadata=metadata,
        )
        if _none_flips:
            message_object._none_flips = _none_flips

        message_object.additional_properties = d
        return message_object

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
