from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.widget_message_item_object import (
    WidgetMessageItemObject,
    check_widget_message_item_object,
)
from ..models.widget_message_item_type import (
    WidgetMessageItemType,
    check_widget_message_item_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class WidgetMessageItem(_OpenModel):
    """A thread item that displays a widget."""

    id: str

    object_: WidgetMessageItemObject

    created_at: int

    thread_id: str

    type_: WidgetMessageItemType

    widget: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "object", "thread_id", "type", "widget")
    _tags = {"type": ("chatkit.widget",), "object": ("chatkit.thread_item",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_widget_message_item_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_widget_message_item_type),
            ("widget", "widget", REQUIRED, None),
        )
