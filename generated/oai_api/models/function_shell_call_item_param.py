from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_shell_call_item_param_type import (
    FunctionShellCallItemParamType,
    check_function_shell_call_item_param_type,
)
from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
    check_function_shell_call_item_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_action_param import FunctionShellActionParam
    from ..models.local_environment_param import LocalEnvironmentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class FunctionShellCallItemParam(_OpenModel):
    """A shell tool call, sent back as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: FunctionShellCallItemParamType
    """ Fixed tag `shell_call`. """
    action: FunctionShellActionParam
    """ Shell commands to run, as sent in input. """
    id: None | str = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    status: FunctionShellCallItemStatus | None = None
    """ Progress state. """
    environment: ContainerReferenceParam | LocalEnvironmentParam | None = None
    """ Where the commands run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "call_id", "caller", "environment", "id", "status", "type")
    _tags = {"type": ("shell_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.function_shell_action_param import FunctionShellActionParam

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_function_shell_call_item_param_type),
            ("action", "action", REQUIRED, FunctionShellActionParam),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller_param",
                        "DirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller_param",
                        "ProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_function_shell_call_item_status, None),
            ),
            (
                "environment",
                "environment",
                OPTIONAL_OR_NULL,
                one_of(
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
        )
