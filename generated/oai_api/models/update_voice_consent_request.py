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
class UpdateVoiceConsentRequest(_Model):
    """New label for an existing consent recording."""

    name: str
    """ Label that replaces the current one. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            extra=DROP,
            strict=True,
        )
