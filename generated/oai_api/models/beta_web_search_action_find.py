from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_web_search_action_find_type import (
    BetaWebSearchActionFindType,
    check_beta_web_search_action_find_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaWebSearchActionFind(_OpenModel):
    """Web search step that looks for a pattern inside an opened page (`find_in_page`)."""

    type_: BetaWebSearchActionFindType
    """ Fixed tag `find_in_page`. """
    url: str
    """ Page in which the pattern was searched. """
    pattern: str
    """ Text or pattern looked for on the page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("pattern", "type", "url")
    _tags = {"type": ("find_in_page",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_web_search_action_find_type),
            ("url", "url", REQUIRED, None),
            ("pattern", "pattern", REQUIRED, None),
        )
