from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_moderation_mode import BetaModerationMode, check_beta_moderation_mode

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaModerationConfigParam(_OpenModel):
    """How moderation treats one side (input or output) of a response."""

    mode: BetaModerationMode
    """ Moderation mode: `score` only reports results, `block` stops flagged content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("mode",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("mode", "mode", REQUIRED, check_beta_moderation_mode),
            strict=True,
        )
