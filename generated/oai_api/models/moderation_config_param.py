from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.moderation_mode import ModerationMode, check_moderation_mode

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ModerationConfigParam(_OpenModel):
    """Moderation settings for one direction."""

    mode: ModerationMode
    """ Whether moderation only scores or also blocks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("mode", "mode", REQUIRED, check_moderation_mode),
            strict=True,
        )
