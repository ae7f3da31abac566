from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.vector_store_expiration_after_anchor import (
    VectorStoreExpirationAfterAnchor,
    check_vector_store_expiration_after_anchor,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VectorStoreExpirationAfter(_OpenModel):
    """When a vector store expires: a number of days after an anchor time."""

    anchor: VectorStoreExpirationAfterAnchor
    """ Time the expiry counts from; only `last_active_at` is accepted. """
    days: int
    """ Days after the anchor until the store expires, 1 to 365. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("anchor", "days")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("anchor", "anchor", REQUIRED, check_vector_store_expiration_after_anchor),
            ("days", "days", REQUIRED, None),
        )
