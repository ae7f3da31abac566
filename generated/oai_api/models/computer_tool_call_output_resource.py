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
from ..models.computer_tool_call_output_resource_status import (
    ComputerToolCallOutputResourceStatus,
    check_computer_tool_call_output_resource_status,
)
from ..models.computer_tool_call_output_resource_type import (
    ComputerToolCallOutputResourceType,
    check_computer_tool_call_output_resource_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage


@_attrs_define(repr=False)
class ComputerToolCallOutputResource(_OpenModel):
    """A stored screenshot answering a computer call."""

    type_: ComputerToolCallOutputResourceType
    """ Fixed tag `computer_call_output`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    output: ComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    status: ComputerToolCallOutputResourceStatus
    """ Progress state. """
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    """ Safety checks of the call the caller accepted. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "acknowledged_safety_checks",
        "call_id",
        "created_by",
        "id",
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("computer_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.computer_call_safety_check_param import (
            ComputerCallSafetyCheckParam,
        )
        from ..models.computer_screenshot_image import ComputerScreenshotImage

        return fields(
            ("type_", "type", REQUIRED, check_computer_tool_call_output_resource_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("output", "output", REQUIRED, ComputerScreenshotImage),
            (
                "status",
                "status",
                REQUIRED,
                check_computer_tool_call_output_resource_status,
            ),
            (
                "acknowledged_safety_checks",
                "acknowledged_safety_checks",
                OPTIONAL,
                list_of(ComputerCallSafetyCheckParam),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
