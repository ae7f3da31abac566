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
    from ..models.create_thread_and_run_request_tool_resources_type_0_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesType0CodeInterpreter,
    )
    from ..models.create_thread_and_run_request_tool_resources_type_0_file_search import (
        CreateThreadAndRunRequestToolResourcesType0FileSearch,
    )


@_attrs_define(repr=False)
class CreateThreadAndRunRequestToolResourcesType0(_OpenModel):
    """Files and vector stores for the tools in this run: file IDs for code interpreter, vector store IDs for file search."""

    code_interpreter: (
        CreateThreadAndRunRequestToolResourcesType0CodeInterpreter | None
    ) = None
    """ Resources for the code interpreter tool. """
    file_search: CreateThreadAndRunRequestToolResourcesType0FileSearch | None = None
    """ Resources for the file search tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "file_search")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_thread_and_run_request_tool_resources_type_0_code_interpreter import (
            CreateThreadAndRunRequestToolResourcesType0CodeInterpreter,
        )
        from ..models.create_thread_and_run_request_tool_resources_type_0_file_search import (
            CreateThreadAndRunRequestToolResourcesType0FileSearch,
        )

        return fields(
            (
                "code_interpreter",
                "code_interpreter",
                OPTIONAL,
                CreateThreadAndRunRequestToolResourcesType0CodeInterpreter,
            ),
            (
                "file_search",
                "file_search",
                OPTIONAL,
                CreateThreadAndRunRequestToolResourcesType0FileSearch,
            ),
            strict=True,
        )
