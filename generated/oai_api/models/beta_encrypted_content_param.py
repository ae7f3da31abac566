from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_encrypted_content_param_type import (
    BetaEncryptedContentParamType,
    check_beta_encrypted_content_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaEncryptedContentParam(_OpenModel):
    """An encrypted content part sent as input, opaque to the caller."""

    type_: BetaEncryptedContentParamType
    """ Fixed tag `encrypted_content`. """
    encrypted_content: str
    """ The encrypted payload, passed back unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("encrypted_content", "type")
    _tags = {"type": ("encrypted_content",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_encrypted_content_param_type),
            ("encrypted_content", "encrypted_content", REQUIRED, None),
        )
