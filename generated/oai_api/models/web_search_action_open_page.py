from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.web_search_action_open_page_type import (
    WebSearchActionOpenPageType,
    check_web_search_action_open_page_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class WebSearchActionOpenPage(_OpenModel):
    """The web search opened a page."""

    type_: WebSearchActionOpenPageType
    """ Fixed tag `open_page`. """
    url: None | str = None
    """ URL opened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "url")
    _tags = {"type": ("open_page",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_web_search_action_open_page_type),
            ("url", "url", OPTIONAL_OR_NULL, one_of(str, None)),
        )
