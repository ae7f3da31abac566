from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_code_output_image_object_type import (
    RunStepDetailsToolCallsCodeOutputImageObjectType,
    check_run_step_details_tool_calls_code_output_image_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeOutputImageObject(_OpenModel):
    """Code interpreter output that is an image, given as a file ID."""

    type_: RunStepDetailsToolCallsCodeOutputImageObjectType

    image: RunStepDetailsToolCallsCodeOutputImageObjectImage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image", "type")
    _tags = {"type": ("image",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_details_tool_calls_code_output_image_object_image import (
            RunStepDetailsToolCallsCodeOutputImageObjectImage,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_run_step_details_tool_calls_code_output_image_object_type,
            ),
            (
                "image",
                "image",
                REQUIRED,
                RunStepDetailsToolCallsCodeOutputImageObjectImage,
            ),
        )
