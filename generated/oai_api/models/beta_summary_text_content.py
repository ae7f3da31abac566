from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_summary_text_content_type import (
    BetaSummaryTextContentType,
    check_beta_summary_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaSummaryTextContent(_OpenModel):
    """A piece of readable summary of the model's reasoning."""

    type_: BetaSummaryTextContentType
    """ Fixed tag `summary_text`. """
    text: str
    """ Summary text of the reasoning done up to this point. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("summary_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_summary_text_content_type),
            ("text", "text", REQUIRED, None),
        )
