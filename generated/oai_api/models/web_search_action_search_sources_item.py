from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.web_search_action_search_sources_item_type import (
    WebSearchActionSearchSourcesItemType,
    check_web_search_action_search_sources_item_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class WebSearchActionSearchSourcesItem(_OpenModel):
    type_: WebSearchActionSearchSourcesItemType
    """ Kind of source. """
    url: str
    """ URL of the source. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "url")
    _tags = {"type": ("url",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_web_search_action_search_sources_item_type,
            ),
            ("url", "url", REQUIRED, None),
        )
