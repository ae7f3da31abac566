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
from ..models.beta_apply_patch_tool_param_type import (
    BetaApplyPatchToolParamType,
    check_beta_apply_patch_tool_param_type,
)
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaApplyPatchToolParam(_OpenModel):
    """Let the model edit files by emitting patches the caller applies."""

    type_: BetaApplyPatchToolParamType
    """ Fixed tag `apply_patch`. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_callers", "type")
    _tags = {"type": ("apply_patch",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_apply_patch_tool_param_type),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_beta_callable_tool_allowed_caller), None),
            ),
        )
