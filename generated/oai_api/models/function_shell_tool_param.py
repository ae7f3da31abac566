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
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.function_shell_tool_param_type import (
    FunctionShellToolParamType,
    check_function_shell_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_auto_param import ContainerAutoParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.local_environment_param import LocalEnvironmentParam


@_attrs_define(repr=False)
class FunctionShellToolParam(_OpenModel):
    """Let the model run shell commands, locally or in a container."""

    type_: FunctionShellToolParamType
    """ Fixed tag `shell`. """
    environment: (
        ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None
    ) = None
    """ Where commands run: a new container, an existing one, or the caller's machine. """
    allowed_callers: list[CallableToolAllowedCaller] | None = None
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
            ("type_", "type", REQUIRED, check_function_shell_tool_param_type),
            (
                "environment",
                "environment",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "container_auto_param",
                        "ContainerAutoParam",
                        ("type", "container_auto"),
                    ),
                    member(
                        "local_environment_param",
                        "LocalEnvironmentParam",
                        ("type", "local"),
                    ),
                    member(
                        "container_reference_param",
                        "ContainerReferenceParam",
                        ("type", "container_reference"),
                    ),
                    None,
                ),
            ),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_callable_tool_allowed_caller), None),
            ),
        )
