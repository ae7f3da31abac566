from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.local_shell_tool_call_output_status_type_0 import (
    LocalShellToolCallOutputStatusType0,
    check_local_shell_tool_call_output_status_type_0,
)
from ..models.local_shell_tool_call_output_type import (
    LocalShellToolCallOutputType,
    check_local_shell_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class LocalShellToolCallOutput(_OpenModel):
    """Output of a local shell command."""

    type_: LocalShellToolCallOutputType
    """ Fixed tag `local_shell_call_output`. """
    id: str
    """ Unique ID. """
    output: str
    """ Output of the command, as a JSON string. """
    status: LocalShellToolCallOutputStatusType0 | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "output", "status", "type")
    _tags = {"type": ("local_shell_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_local_shell_tool_call_output_type),
            ("id", "id", REQUIRED, None),
            ("output", "output", REQUIRED, None),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_local_shell_tool_call_output_status_type_0, None),
            ),
        )
