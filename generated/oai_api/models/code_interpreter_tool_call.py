from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
    check_code_interpreter_tool_call_status,
)
from ..models.code_interpreter_tool_call_type import (
    CodeInterpreterToolCallType,
    check_code_interpreter_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs


@_attrs_define(repr=False)
class CodeInterpreterToolCall(_OpenModel):
    """Code the model ran in a container, with its outputs."""

    type_: CodeInterpreterToolCallType
    """ Fixed tag `code_interpreter_call`. """
    id: str
    """ Unique ID. """
    status: CodeInterpreterToolCallStatus
    """ Progress state. """
    container_id: str
    """ Container the code ran in. """
    code: None | str
    """ Code that ran. """
    outputs: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None
    """ Logs and images produced, when requested with `include`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "container_id", "id", "outputs", "status", "type")
    _tags = {"type": ("code_interpreter_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_code_interpreter_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_code_interpreter_tool_call_status),
            ("container_id", "container_id", REQUIRED, None),
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "outputs",
                "outputs",
                REQUIRED_OR_NULL,
                one_of(
                    list_of(
                        one_of(
                            member(
                                "code_interpreter_output_logs",
                                "CodeInterpreterOutputLogs",
                                ("type", "logs"),
                            ),
                            member(
                                "code_interpreter_output_image",
                                "CodeInterpreterOutputImage",
                                ("type", "image"),
                            ),
                        )
                    ),
                    None,
                ),
            ),
        )
