from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_delta_step_details_tool_calls_code_output_image_object_type import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType,
    check_run_step_delta_step_details_tool_calls_code_output_image_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(_OpenModel):
    """Streamed image output of a Code Interpreter call, referring to the image file."""

    index: int

    type_: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType

    image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image", "index", "type")
    _tags = {"type": ("image",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_step_details_tool_calls_code_output_image_object_image import (
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_delta_step_details_tool_calls_code_output_image_object_type,
            ),
            (
                "image",
                "image",
                OPTIONAL,
                RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
            ),
        )
