from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    fields,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeCallRejectRequest(_Model):
    """Body for declining an incoming SIP call."""

    status_code: int | None = None
    """ SIP status code returned to the caller; `603` (Decline) if left out. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("status_code",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("status_code", "status_code", OPTIONAL, None),
            extra=DROP,
            strict=True,
        )
