from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.batch_file_expiration_after_anchor import (
    BatchFileExpirationAfterAnchor,
    check_batch_file_expiration_after_anchor,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BatchFileExpirationAfter(_OpenModel):
    """When the batch's output and error files expire, counted from their creation."""

    anchor: BatchFileExpirationAfterAnchor
    """ Timestamp the expiry counts from: the file's creation. """
    seconds: int
    """ Lifetime in seconds, 3600 (1 hour) to 2592000 (30 days). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("anchor", "seconds")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("anchor", "anchor", REQUIRED, check_batch_file_expiration_after_anchor),
            ("seconds", "seconds", REQUIRED, None),
            strict=True,
        )
