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
from ..models.computer_call_output_item_param_type import (
    ComputerCallOutputItemParamType,
    check_computer_call_output_item_param_type,
)
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage


@_attrs_define(repr=False)
class ComputerCallOutputItemParam(_OpenModel):
    """The screenshot answering a computer call, sent as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: ComputerCallOutputItemParamType
    """ Fixed tag `computer_call_output`. """
    output: ComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    id: None | str = None
    """ Unique ID. """
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None
    """ Safety checks of the call the caller accepted. """
    status: FunctionCallItemStatus | None = None
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
            ("call_id", "call_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_computer_call_output_item_param_type),
            ("output", "output", REQUIRED, ComputerScreenshotImage),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "acknowledged_safety_checks",
                "acknowledged_safety_checks",
                OPTIONAL_OR_NULL,
                one_of(list_of(ComputerCallSafetyCheckParam), None),
            ),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_function_call_item_status, None),
            ),
        )
