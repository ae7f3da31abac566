from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_encrypted_content_type import (
    BetaEncryptedContentType,
    check_beta_encrypted_content_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaEncryptedContent(_OpenModel):
    """A content part whose data is encrypted; the API decrypts it only where the model runs."""

    type_: BetaEncryptedContentType

    encrypted_content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("encrypted_content", "type")
    _tags = {"type": ("encrypted_content",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_encrypted_content_type),
            ("encrypted_content", "encrypted_content", REQUIRED, None),
        )
