from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.assistant_tools_file_search_type import (
    AssistantToolsFileSearchType,
    check_assistant_tools_file_search_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )


@_attrs_define(repr=False)
class AssistantToolsFileSearch(_OpenModel):
    """File search tool: lets the assistant retrieve passages from attached vector stores, with optional tuning."""

    type_: AssistantToolsFileSearchType
    """ Tool kind; always `file_search`. """
    file_search: AssistantToolsFileSearchFileSearch | None = None
    """ Optional settings that tune how file search retrieves and ranks results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_search", "type")
    _tags = {"type": ("file_search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.assistant_tools_file_search_file_search import (
            AssistantToolsFileSearchFileSearch,
        )

        return fields(
            ("type_", "type", REQUIRED, check_assistant_tools_file_search_type),
            (
                "file_search",
                "file_search",
                OPTIONAL,
                AssistantToolsFileSearchFileSearch,
            ),
        )
