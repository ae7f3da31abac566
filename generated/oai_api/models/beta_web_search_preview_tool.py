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
from ..models.beta_search_content_type import (
    BetaSearchContentType,
    check_beta_search_content_type,
)
from ..models.beta_search_context_size import (
    BetaSearchContextSize,
    check_beta_search_context_size,
)
from ..models.beta_web_search_preview_tool_type import (
    BetaWebSearchPreviewToolType,
    check_beta_web_search_preview_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_approximate_location import BetaApproximateLocation


@_attrs_define(repr=False)
class BetaWebSearchPreviewTool(_OpenModel):
    """Preview web search tool: lets the model look things up online to answer."""

    type_: BetaWebSearchPreviewToolType
    """ Tool version tag: `web_search_preview` or the dated `web_search_preview_2025_03_11`. """
    user_location: BetaApproximateLocation | None = None
    """ Rough user location for local results; None for none. """
    search_context_size: BetaSearchContextSize | None = None
    """ How much context window the search results may use: `low`, `medium` or `high`. """
    search_content_types: list[BetaSearchContentType] | None = None
    """ Kinds of content to search for: `text` and/or `image`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("search_content_types", "search_context_size", "type", "user_location")
    _tags = {"type": ("web_search_preview", "web_search_preview_2025_03_11")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_web_search_preview_tool_type),
            (
                "user_location",
                "user_location",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_approximate_location",
                        "BetaApproximateLocation",
                        ("type", "approximate"),
                    ),
                    None,
                ),
            ),
            (
                "search_context_size",
                "search_context_size",
                OPTIONAL,
                check_beta_search_context_size,
            ),
            (
                "search_content_types",
                "search_content_types",
                OPTIONAL,
                list_of(check_beta_search_content_type),
            ),
        )
