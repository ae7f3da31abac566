from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.thread_object_tool_resources_type_0_code_interpreter import (
        ThreadObjectToolResourcesType0CodeInterpreter,
    )
    from ..models.thread_object_tool_resources_type_0_file_search import (
        ThreadObjectToolResourcesType0FileSearch,
    )


@_attrs_define(repr=False)
class ThreadObjectToolResourcesType0(_OpenModel):
    code_interpreter: ThreadObjectToolResourcesType0CodeInterpreter | None = None

    file_search: ThreadObjectToolResourcesType0FileSearch | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "file_search")

    @staticmethod
    def _fields() -> Table:
        from ..models.thread_object_tool_resources_type_0_code_interpreter import (
            ThreadObjectToolResourcesType0CodeInterpreter,
        )
        from ..models.thread_object_tool_resources_type_0_file_search import (
            ThreadObjectToolResourcesType0FileSearch,
        )

        return fields(
            (
                "code_interpreter",
                "code_interpreter",
                OPTIONAL,
                ThreadObjectToolResourcesType0CodeInterpreter,
            ),
            (
                "file_search",
                "file_search",
                OPTIONAL,
                ThreadObjectToolResourcesType0FileSearch,
            ),
        )
