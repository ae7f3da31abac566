from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_key_press_action_type import (
    BetaKeyPressActionType,
    check_beta_key_press_action_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaKeyPressAction(_OpenModel):
    """Press a key combination."""

    type_: BetaKeyPressActionType
    """ Fixed tag `keypress`. """
    keys: list[str]
    """ Keys to press together. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("keys", "type")
    _tags = {"type": ("keypress",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_key_press_action_type),
            ("keys", "keys", REQUIRED, list_of(None)),
        )
