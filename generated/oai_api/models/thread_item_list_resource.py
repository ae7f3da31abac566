from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_item_list_resource_object import (
    ThreadItemListResourceObject,
    check_thread_item_list_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.client_tool_call_item import ClientToolCallItem
    from ..models.task_group_item import TaskGroupItem
    from ..models.task_item import TaskItem
    from ..models.user_message_item import UserMessageItem
    from ..models.widget_message_item import WidgetMessageItem


T = TypeVar("T", bound="ThreadItemListResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AssistantMessageItem, \
        ClientToolCallItem, \
        TaskGroupItem, \
        TaskItem, \
        UserMessageItem, \
        WidgetMessageItem
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.client_tool_call_item import ClientToolCallItem
    from ..models.task_group_item import TaskGroupItem
    from ..models.task_item import TaskItem
    from ..models.user_message_item import UserMessageItem
    from ..models.widget_message_item import WidgetMessageItem

    _models_bound = True


@_attrs_define
class ThreadItemListResource:
    """A page of items from a ChatKit thread."""

    object_: ThreadItemListResourceObject
    data: list[
        AssistantMessageItem
        | ClientToolCallItem
        | TaskGroupItem
        | TaskItem
        | UserMessageItem
        | WidgetMessageItem
    ]
    first_id: None | str
    last_id: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                data_item: dict[str, Any]
                if (
                    isinstance(data_item_data, UserMessageItem)
                    or isinstance(data_item_data, AssistantMessageItem)
                    or isinstance(data_item_data, WidgetMessageItem)
                    or isinstance(data_item_data, ClientToolCallItem)
                    or isinstance(data_item_data, TaskItem)
                    or isinstance(data_item_data, TaskGroupItem)
                ):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data
                data.append(data_item)

        _v_first_id = (
            self.first_id
            if self.first_id is not None or "first_id" not in self._none_flips
            else UNSET
        )

        if _v_first_id is None or isinstance(_v_first_id, Unset):
            first_id = _v_first_id
        else:
            first_id: None | str
            first_id = _v_first_id

        _v_last_id = (
            self.last_id
            if self.last_id is not None or "last_id" not in self._none_flips
            else UNSET
        )

        if _v_last_id is None or isinstance(_v_last_id, Unset):
            last_id = _v_last_id
        else:
            last_id: None | str
            last_id = _v_last_id

        _v_has_more = (
            self.has_more
            if self.has_more is not None or "has_more" not in self._none_flips
            else UNSET
        )

        has_more = _v_has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "data": data,
                    "first_id": first_id,
                    "last_id": last_id,
                    "has_more": has_more,
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
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_thread_item_list_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:

                    def _parse_data_item(
                        data: object,
                    ) -> (
                        AssistantMessageItem
                        | ClientToolCallItem
                        | TaskGroupItem
                        | TaskItem
                        | UserMessageItem
                        | WidgetMessageItem
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "chatkit.user_message":
                                try:
                                    componentsschemas_thread_item_type_0 = (
                                        UserMessageItem.from_dict(data)
                                    )

                                    return componentsschemas_thread_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "chatkit.assistant_message":
                                try:
                                    componentsschemas_thread_item_type_1 = (
                                        AssistantMessageItem.from_dict(data)
                                    )

                                    return componentsschemas_thread_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "chatkit.widget":
                                try:
                                    componentsschemas_thread_item_type_2 = (
                                        WidgetMessageItem.from_dict(data)
                                    )

                                    return componentsschemas_thread_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "chatkit.client_tool_call":
                                try:
                                    componentsschemas_thread_item_type_3 = (
                                        ClientToolCallItem.from_dict(data)
                                    )

                                    return componentsschemas_thread_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "chatkit.task":
                                try:
                                    componentsschemas_thread_item_type_4 = (
                                        TaskItem.from_dict(data)
                                    )

                                    return componentsschemas_thread_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "chatkit.task_group":
                                try:
                                    componentsschemas_thread_item_type_5 = (
                                        TaskGroupItem.from_dict(data)
                                    )

                                    return componentsschemas_thread_item_type_5
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
                                return _parse_data_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "attachments",
                                        "content",
                                        "created_at",
                                        "id",
                                        "inference_options",
                                        "object",
                                        "thread_id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "content",
                                        "created_at",
                                        "id",
                                        "object",
                                        "thread_id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "created_at",
                                        "id",
                                        "object",
                                        "thread_id",
                                        "type",
                                        "widget",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "arguments",
                                        "call_id",
                                        "created_at",
                                        "id",
                                        "name",
                                        "object",
                                        "output",
                                        "status",
                                        "thread_id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "created_at",
                                        "heading",
                                        "id",
                                        "object",
                                        "summary",
                                        "task_type",
                                        "thread_id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "created_at",
                                        "id",
                                        "object",
                                        "tasks",
                                        "thread_id",
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
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "chatkit.user_message") not in (
                                "chatkit.user_message",
                            ) or data.get("object", "chatkit.thread_item") not in (
                                "chatkit.thread_item",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_thread_item_type_0 = (
                                UserMessageItem.from_dict(data)
                            )

                            return componentsschemas_thread_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "chatkit.assistant_message") not in (
                                "chatkit.assistant_message",
                            ) or data.get("object", "chatkit.thread_item") not in (
                                "chatkit.thread_item",
                            ):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_thread_item_type_1 = (
                                AssistantMessageItem.from_dict(data)
                            )

                            return componentsschemas_thread_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "chatkit.widget") not in (
                                "chatkit.widget",
                            ) or data.get("object", "chatkit.thread_item") not in (
                                "chatkit.thread_item",
                            ):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_thread_item_type_2 = (
                                WidgetMessageItem.from_dict(data)
                            )

                            return componentsschemas_thread_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "chatkit.client_tool_call") not in (
                                "chatkit.client_tool_call",
                            ) or data.get("object", "chatkit.thread_item") not in (
                                "chatkit.thread_item",
                            ):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            componentsschemas_thread_item_type_3 = (
                                ClientToolCallItem.from_dict(data)
                            )

                            return componentsschemas_thread_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "chatkit.task") not in (
                                "chatkit.task",
                            ) or data.get("object", "chatkit.thread_item") not in (
                                "chatkit.thread_item",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_thread_item_type_4 = TaskItem.from_dict(
                                data
                            )

                            return componentsschemas_thread_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "chatkit.task_group") not in (
                                "chatkit.task_group",
                            ) or data.get("object", "chatkit.thread_item") not in (
                                "chatkit.thread_item",
                            ):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_thread_item_type_5 = (
                                TaskGroupItem.from_dict(data)
                            )

                            return componentsschemas_thread_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            AssistantMessageItem
                            | ClientToolCallItem
                            | TaskGroupItem
                            | TaskItem
                            | UserMessageItem
                            | WidgetMessageItem,
                            data,
                        )

                    data_item = _parse_data_item(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        _first_id_raw = d.pop("first_id", UNSET)
        if _first_id_raw is None or isinstance(_first_id_raw, Unset):
            if isinstance(_first_id_raw, Unset) and strict_parsing.get():
                raise KeyError("first_id")

            if _first_id_raw is UNSET:
                _none_flips += ("first_id",)
            first_id = None

        else:
            try:

                def _parse_first_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                first_id = _parse_first_id(_first_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                first_id = _first_id_raw

        _last_id_raw = d.pop("last_id", UNSET)
        if _last_id_raw is None or isinstance(_last_id_raw, Unset):
            if isinstance(_last_id_raw, Unset) and strict_parsing.get():
                raise KeyError("last_id")

            if _last_id_raw is UNSET:
                _none_flips += ("last_id",)
            last_id = None

        else:
            try:

                def _parse_last_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                last_id = _parse_last_id(_last_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_id = _last_id_raw

        has_more = d.pop("has_more", UNSET)
        if (has_more is None or isinstance(has_more, Unset)) and strict_parsing.get():
            raise KeyError("has_more")

        if has_more is None or has_more is UNSET:
            if has_more is UNSET:
                _none_flips += ("has_more",)
            has_more = None

        thread_item_list_resource = cls(
            object_=object_,
            data=data,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
        )
        if _none_flips:
            thread_item_list_resource._none_flips = _none_flips

        thread_item_list_resource.additional_properties = d
        return thread_item_list_resource

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
