from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_click_button_type import (
    BetaClickButtonType,
    check_beta_click_button_type,
)
from ..models.beta_click_param_type import (
    BetaClickParamType,
    check_beta_click_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaClickParam(_OpenModel):
    """Click at a screen position."""

    type_: BetaClickParamType
    """ Fixed tag `click`. """
    button: BetaClickButtonType
    """ Mouse button of a click: `left`, `right`, `wheel`, `back` or `forward`. """
    x: int
    """ X position in pixels. """
    y: int
    """ Y position in pixels. """
    keys: list[str] | None = None
    """ Keys held during the click. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("button", "keys", "type", "x", "y")
    _tags = {"type": ("click",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_click_param_type),
            ("button", "button", REQUIRED, check_beta_click_button_type),
            ("x", "x", REQUIRED, None),
            ("y", "y", REQUIRED, None),
            ("keys", "keys", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
        )
