from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.summary_text_content_type import (
    SummaryTextContentType,
    check_summary_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SummaryTextContent(_OpenModel):
    """A summary of part of the model's reasoning."""

    type_: SummaryTextContentType
    """ Fixed tag `summary_text`. """
    text: str
    """ The summary text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("summary_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_summary_text_content_type),
            ("text", "text", REQUIRED, None),
        )
