from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.token_counts_resource_object import (
    TokenCountsResourceObject,
    check_token_counts_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TokenCountsResource(_OpenModel):
    """Input token count for the request, as `input_tokens`."""

    object_: TokenCountsResourceObject

    input_tokens: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_tokens", "object")
    _tags = {"object": ("response.input_tokens",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_token_counts_resource_object),
            ("input_tokens", "input_tokens", REQUIRED, None),
        )
