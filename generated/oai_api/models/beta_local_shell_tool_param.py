from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_local_shell_tool_param_type import (
    BetaLocalShellToolParamType,
    check_beta_local_shell_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaLocalShellToolParam(_OpenModel):
    """Lets the model run shell commands on a machine you control; you execute them and return results."""

    type_: BetaLocalShellToolParamType
    """ Fixed tag `local_shell`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("local_shell",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_local_shell_tool_param_type),
        )
