from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.task_group_item_object import (
    TaskGroupItemObject,
    check_task_group_item_object,
)
from ..models.task_group_item_type import TaskGroupItemType, check_task_group_item_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.task_group_task import TaskGroupTask


@_attrs_define(repr=False)
class TaskGroupItem(_OpenModel):
    """Thread item that bundles several workflow tasks."""

    id: str

    object_: TaskGroupItemObject

    created_at: int

    thread_id: str

    type_: TaskGroupItemType

    tasks: list[TaskGroupTask]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "object", "tasks", "thread_id", "type")
    _tags = {"type": ("chatkit.task_group",), "object": ("chatkit.thread_item",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.task_group_task import TaskGroupTask

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_task_group_item_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_task_group_item_type),
            ("tasks", "tasks", REQUIRED, list_of(TaskGroupTask)),
        )
