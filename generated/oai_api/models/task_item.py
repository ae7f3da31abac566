from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.task_item_object import TaskItemObject, check_task_item_object
from ..models.task_item_type import TaskItemType, check_task_item_type
from ..models.task_type import TaskType, check_task_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TaskItem(_OpenModel):
    """Progress update the workflow posts in a thread, with a heading and summary."""

    id: str

    object_: TaskItemObject

    created_at: int

    thread_id: str

    type_: TaskItemType

    task_type: TaskType
    """ Kind of task: `custom` or `thought`. """
    heading: None | str

    summary: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "heading",
        "id",
        "object",
        "summary",
        "task_type",
        "thread_id",
        "type",
    )
    _tags = {"type": ("chatkit.task",), "object": ("chatkit.thread_item",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_task_item_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_task_item_type),
            ("task_type", "task_type", REQUIRED, check_task_type),
            ("heading", "heading", REQUIRED_OR_NULL, one_of(str, None)),
            ("summary", "summary", REQUIRED_OR_NULL, one_of(str, None)),
        )
