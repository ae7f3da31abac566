from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.refusal_content_type import RefusalContentType, check_refusal_content_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RefusalContent(_OpenModel):
    """The model's explanation for declining a request."""

    type_: RefusalContentType
    """ Fixed tag `refusal`. """
    refusal: str
    """ The refusal text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("refusal", "type")
    _tags = {"type": ("refusal",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_refusal_content_type),
            ("refusal", "refusal", REQUIRED, None),
        )
