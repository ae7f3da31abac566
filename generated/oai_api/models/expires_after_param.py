from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.expires_after_param_anchor import (
    ExpiresAfterParamAnchor,
    check_expires_after_param_anchor,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ExpiresAfterParam(_OpenModel):
    """Session lifetime, counted in seconds from an anchor time."""

    anchor: ExpiresAfterParamAnchor
    """ Time the lifetime counts from; always `created_at`. """
    seconds: int
    """ Session lifetime in seconds past the anchor, 1 to 600. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("anchor", "seconds")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("anchor", "anchor", REQUIRED, check_expires_after_param_anchor),
            ("seconds", "seconds", REQUIRED, None),
            strict=True,
        )
