from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_shell_call_status import (
    FunctionShellCallStatus,
    check_function_shell_call_status,
)
from ..models.function_shell_call_type import (
    FunctionShellCallType,
    check_function_shell_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_reference_resource import ContainerReferenceResource
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.function_shell_action import FunctionShellAction
    from ..models.local_environment_resource import LocalEnvironmentResource
    from ..models.program_tool_call_caller import ProgramToolCallCaller


@_attrs_define(repr=False)
class FunctionShellCall(_OpenModel):
    """The model asks for shell commands to be run."""

    type_: FunctionShellCallType
    """ Fixed tag `shell_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    action: FunctionShellAction
    """ Shell commands to run, with limits. """
    status: FunctionShellCallStatus
    """ State of a shell call. """
    environment: ContainerReferenceResource | LocalEnvironmentResource | None
    """ Where the commands run. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller = None
    """ Who issued the tool call. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "action",
        "call_id",
        "caller",
        "created_by",
        "environment",
        "id",
        "status",
        "type",
    )
    _tags = {"type": ("shell_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.function_shell_action import FunctionShellAction

        return fields(
            ("type_", "type", REQUIRED, check_function_shell_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("action", "action", REQUIRED, FunctionShellAction),
            ("status", "status", REQUIRED, check_function_shell_call_status),
            (
                "environment",
                "environment",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "local_environment_resource",
                        "LocalEnvironmentResource",
                        ("type", "local"),
                    ),
                    member(
                        "container_reference_resource",
                        "ContainerReferenceResource",
                        ("type", "container_reference"),
                    ),
                    None,
                ),
            ),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller",
                        "DirectToolCallCaller",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller",
                        "ProgramToolCallCaller",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
