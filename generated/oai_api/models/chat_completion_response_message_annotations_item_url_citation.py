from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionResponseMessageAnnotationsItemUrlCitation(_OpenModel):
    """A cited web page."""

    end_index: int
    """ Index after the last cited character. """
    start_index: int
    """ Index of the first cited character. """
    url: str
    """ Page URL. """
    title: str
    """ Page title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "start_index", "title", "url")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("end_index", "end_index", REQUIRED, None),
            ("start_index", "start_index", REQUIRED, None),
            ("url", "url", REQUIRED, None),
            ("title", "title", REQUIRED, None),
        )
