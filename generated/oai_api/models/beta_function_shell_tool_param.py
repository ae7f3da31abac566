from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_function_shell_tool_param_type import (
    BetaFunctionShellToolParamType,
    check_beta_function_shell_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_container_auto_param import BetaContainerAutoParam
    from ..models.beta_container_reference_param import BetaContainerReferenceParam
    from ..models.beta_local_environment_param import BetaLocalEnvironmentParam


@_attrs_define(repr=False)
class BetaFunctionShellToolParam(_OpenModel):
    """Let the model run shell commands, locally or in a container."""

    type_: BetaFunctionShellToolParamType
    """ Fixed tag `shell`. """
    environment: (
        BetaContainerAutoParam
        | BetaContainerReferenceParam
        | BetaLocalEnvironmentParam
        | None
    ) = None
    """ Where commands run: a new container, an existing one, or the caller's machine. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_callers", "environment", "type")
    _tags = {"type": ("shell",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_function_shell_tool_param_type),
            (
                "environment",
                "environment",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_container_auto_param",
                        "BetaContainerAutoParam",
                        ("type", "container_auto"),
                    ),
                    member(
                        "beta_local_environment_param",
                        "BetaLocalEnvironmentParam",
                        ("type", "local"),
                    ),
                    member(
                        "beta_container_reference_param",
                        "BetaContainerReferenceParam",
                        ("type", "container_reference"),
                    ),
                    None,
                ),
            ),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_beta_callable_tool_allowed_caller), None),
            ),
        )
