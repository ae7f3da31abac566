from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_tool_choice_function_type import (
    BetaToolChoiceFunctionType,
    check_beta_tool_choice_function_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaToolChoiceFunction(_OpenModel):
    """Tool choice that forces a call to one named function."""

    type_: BetaToolChoiceFunctionType
    """ Fixed tag `function`. """
    name: str
    """ Function the model must call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_choice_function_type),
            ("name", "name", REQUIRED, None),
        )
