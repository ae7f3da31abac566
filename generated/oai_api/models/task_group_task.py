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
from ..models.task_type import TaskType, check_task_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TaskGroupTask(_OpenModel):
    """One task inside a task group."""

    type_: TaskType
    """ Kind of task: `custom` or `thought`. """
    heading: None | str

    summary: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("heading", "summary", "type")
    _tags = {"type": ("custom", "thought")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_task_type),
            ("heading", "heading", REQUIRED_OR_NULL, one_of(str, None)),
            ("summary", "summary", REQUIRED_OR_NULL, one_of(str, None)),
        )
