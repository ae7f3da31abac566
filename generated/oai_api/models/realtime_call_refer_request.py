from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeCallReferRequest(_Model):
    """Body for transferring a SIP call to another destination."""

    target_uri: str
    """ SIP Refer-To target, e.g. `tel:+14155550123` or `sip:agent@example.com`, where the caller is sent. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("target_uri",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("target_uri", "target_uri", REQUIRED, None),
            extra=DROP,
            strict=True,
        )
