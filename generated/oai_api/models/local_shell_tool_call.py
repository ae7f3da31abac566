from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.local_shell_tool_call_status import (
    LocalShellToolCallStatus,
    check_local_shell_tool_call_status,
)
from ..models.local_shell_tool_call_type import (
    LocalShellToolCallType,
    check_local_shell_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.local_shell_exec_action import LocalShellExecAction


@_attrs_define(repr=False)
class LocalShellToolCall(_OpenModel):
    """The model asks the caller to run a command (legacy local shell)."""

    type_: LocalShellToolCallType
    """ Fixed tag `local_shell_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    action: LocalShellExecAction
    """ A command for the local shell tool to run. """
    status: LocalShellToolCallStatus
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "call_id", "id", "status", "type")
    _tags = {"type": ("local_shell_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.local_shell_exec_action import LocalShellExecAction

        return fields(
            ("type_", "type", REQUIRED, check_local_shell_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("action", "action", REQUIRED, LocalShellExecAction),
            ("status", "status", REQUIRED, check_local_shell_tool_call_status),
        )
