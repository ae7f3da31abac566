from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.computer_tool_call_output_status import (
    ComputerToolCallOutputStatus,
    check_computer_tool_call_output_status,
)
from ..models.computer_tool_call_output_type import (
    ComputerToolCallOutputType,
    check_computer_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage


@_attrs_define(repr=False)
class ComputerToolCallOutput(_OpenModel):
    """A screenshot answering a computer call."""

    type_: ComputerToolCallOutputType
    """ Fixed tag `computer_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    output: ComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    id: str | None = None
    """ Unique ID. """
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    """ Safety checks of the call the caller accepted. """
    status: ComputerToolCallOutputStatus | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("acknowledged_safety_checks", "call_id", "id", "output", "status", "type")
    _tags = {"type": ("computer_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.computer_call_safety_check_param import (
            ComputerCallSafetyCheckParam,
        )
        from ..models.computer_screenshot_image import ComputerScreenshotImage

        return fields(
            ("type_", "type", REQUIRED, check_computer_tool_call_output_type),
            ("call_id", "call_id", REQUIRED, None),
            ("output", "output", REQUIRED, ComputerScreenshotImage),
            ("id", "id", OPTIONAL, None),
            (
                "acknowledged_safety_checks",
                "acknowledged_safety_checks",
                OPTIONAL,
                list_of(ComputerCallSafetyCheckParam),
            ),
            ("status", "status", OPTIONAL, check_computer_tool_call_output_status),
        )
