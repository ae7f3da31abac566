from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.file_search_tool_call_status import (
    FileSearchToolCallStatus,
    check_file_search_tool_call_status,
)
from ..models.file_search_tool_call_type import (
    FileSearchToolCallType,
    check_file_search_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.file_search_tool_call_results_type_0_item import (
        FileSearchToolCallResultsType0Item,
    )


@_attrs_define(repr=False)
class FileSearchToolCall(_OpenModel):
    """A file search the model ran, with its queries and (if requested) results."""

    id: str
    """ Unique ID. """
    type_: FileSearchToolCallType
    """ Fixed tag `file_search_call`. """
    status: FileSearchToolCallStatus
    """ Progress state. """
    queries: list[str]
    """ Queries the model searched for. """
    results: list[FileSearchToolCallResultsType0Item] | None = None
    """ Matching file chunks, when requested with `include`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "queries", "results", "status", "type")
    _tags = {"type": ("file_search_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.file_search_tool_call_results_type_0_item import (
            FileSearchToolCallResultsType0Item,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_file_search_tool_call_type),
            ("status", "status", REQUIRED, check_file_search_tool_call_status),
            ("queries", "queries", REQUIRED, list_of(None)),
            (
                "results",
                "results",
                OPTIONAL_OR_NULL,
                one_of(list_of(FileSearchToolCallResultsType0Item), None),
            ),
        )
