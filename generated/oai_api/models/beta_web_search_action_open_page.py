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
from ..models.beta_web_search_action_open_page_type import (
    BetaWebSearchActionOpenPageType,
    check_beta_web_search_action_open_page_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaWebSearchActionOpenPage(_OpenModel):
    """Web search step that opens a page from the results (`open_page`)."""

    type_: BetaWebSearchActionOpenPageType
    """ Fixed tag `open_page`. """
    url: None | str = None
    """ Page the model opened; may be None. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "url")
    _tags = {"type": ("open_page",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_web_search_action_open_page_type),
            ("url", "url", OPTIONAL_OR_NULL, one_of(str, None)),
        )
