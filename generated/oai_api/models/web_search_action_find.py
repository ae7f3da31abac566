from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.web_search_action_find_type import (
    WebSearchActionFindType,
    check_web_search_action_find_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class WebSearchActionFind(_OpenModel):
    """The web search looked for a pattern in a page."""

    type_: WebSearchActionFindType
    """ Fixed tag `find_in_page`. """
    url: str
    """ URL of the page searched. """
    pattern: str
    """ Text looked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("pattern", "type", "url")
    _tags = {"type": ("find_in_page",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_web_search_action_find_type),
            ("url", "url", REQUIRED, None),
            ("pattern", "pattern", REQUIRED, None),
        )
