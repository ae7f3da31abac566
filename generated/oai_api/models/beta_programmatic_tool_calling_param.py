from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_programmatic_tool_calling_param_type import (
    BetaProgrammaticToolCallingParamType,
    check_beta_programmatic_tool_calling_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaProgrammaticToolCallingParam(_OpenModel):
    """Enables programmatic tool calling: the model writes JavaScript that calls your tools."""

    type_: BetaProgrammaticToolCallingParamType
    """ Fixed tag `programmatic_tool_calling`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("programmatic_tool_calling",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_programmatic_tool_calling_param_type,
            ),
        )
