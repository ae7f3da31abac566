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
from ..models.search_content_type import SearchContentType, check_search_content_type
from ..models.search_context_size import SearchContextSize, check_search_context_size
from ..models.web_search_preview_tool_type import (
    WebSearchPreviewToolType,
    check_web_search_preview_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.approximate_location import ApproximateLocation


@_attrs_define(repr=False)
class WebSearchPreviewTool(_OpenModel):
    """The preview version of the web search tool."""

    type_: WebSearchPreviewToolType
    """ Tool version: `web_search_preview` or the dated `web_search_preview_2025_03_11`. """
    user_location: ApproximateLocation | None = None
    """ Approximate user location. """
    search_context_size: SearchContextSize | None = None
    """ How much web content the search tool feeds to the model. """
    search_content_types: list[SearchContentType] | None = None
    """ Content kinds the search may return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("search_content_types", "search_context_size", "type", "user_location")
    _tags = {"type": ("web_search_preview", "web_search_preview_2025_03_11")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_web_search_preview_tool_type),
            (
                "user_location",
                "user_location",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "approximate_location",
                        "ApproximateLocation",
                        ("type", "approximate"),
                    ),
                    None,
                ),
            ),
            (
                "search_context_size",
                "search_context_size",
                OPTIONAL,
                check_search_context_size,
            ),
            (
                "search_content_types",
                "search_content_types",
                OPTIONAL,
                list_of(check_search_content_type),
            ),
        )
