from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_format_json_object_type import (
    BetaResponseFormatJsonObjectType,
    check_beta_response_format_json_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaResponseFormatJsonObject(_OpenModel):
    """Legacy JSON mode: output is valid JSON but follows no schema; prompt the model to produce JSON. Prefer
    `json_schema`."""

    type_: BetaResponseFormatJsonObjectType
    """ Fixed tag `json_object`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("json_object",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_format_json_object_type),
        )
