from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.file_search_tool_type import (
    FileSearchToolType,
    check_file_search_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.ranking_options import RankingOptions


@_attrs_define(repr=False)
class FileSearchTool(_OpenModel):
    """Search the caller's vector stores."""

    type_: FileSearchToolType
    """ Fixed tag `file_search`. """
    vector_store_ids: list[str]
    """ Vector stores to search. """
    max_num_results: int | None = None
    """ Most results to return, 1 to 50. """
    ranking_options: RankingOptions | None = None
    """ How file search ranks its results. """
    filters: ComparisonFilter | CompoundFilter | None = None
    """ Filter on file attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "filters",
        "max_num_results",
        "ranking_options",
        "type",
        "vector_store_ids",
    )
    _tags = {"type": ("file_search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.ranking_options import RankingOptions

        return fields(
            ("type_", "type", REQUIRED, check_file_search_tool_type),
            ("vector_store_ids", "vector_store_ids", REQUIRED, list_of(None)),
            ("max_num_results", "max_num_results", OPTIONAL, None),
            ("ranking_options", "ranking_options", OPTIONAL, RankingOptions),
            (
                "filters",
                "filters",
                OPTIONAL_OR_NULL,
                one_of(
                    member("comparison_filter", "ComparisonFilter"),
                    member("compound_filter", "CompoundFilter"),
                    None,
                ),
            ),
        )
