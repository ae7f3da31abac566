from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.thread_item_list_resource_object import (
    ThreadItemListResourceObject,
    check_thread_item_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.client_tool_call_item import ClientToolCallItem
    from ..models.task_group_item import TaskGroupItem
    from ..models.task_item import TaskItem
    from ..models.user_message_item import UserMessageItem
    from ..models.widget_message_item import WidgetMessageItem


@_attrs_define(repr=False)
class ThreadItemListResource(_OpenModel):
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
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_thread_item_list_resource_object),
            (
                "data",
                "data",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "user_message_item",
                            "UserMessageItem",
                            ("type", "chatkit.user_message"),
                            ("object", "chatkit.thread_item"),
                        ),
                        member(
                            "assistant_message_item",
                            "AssistantMessageItem",
                            ("type", "chatkit.assistant_message"),
                            ("object", "chatkit.thread_item"),
                        ),
                        member(
                            "widget_message_item",
                            "WidgetMessageItem",
                            ("type", "chatkit.widget"),
                            ("object", "chatkit.thread_item"),
                        ),
                        member(
                            "client_tool_call_item",
                            "ClientToolCallItem",
                            ("type", "chatkit.client_tool_call"),
                            ("object", "chatkit.thread_item"),
                        ),
                        member(
                            "task_item",
                            "TaskItem",
                            ("type", "chatkit.task"),
                            ("object", "chatkit.thread_item"),
                        ),
                        member(
                            "task_group_item",
                            "TaskGroupItem",
                            ("type", "chatkit.task_group"),
                            ("object", "chatkit.thread_item"),
                        ),
                    )
                ),
            ),
            ("first_id", "first_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("has_more", "has_more", REQUIRED, None),
        )
