from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_details_tool_calls_file_search_result_object_content_item_type import (
    RunStepDetailsToolCallsFileSearchResultObjectContentItemType,
    check_run_step_details_tool_calls_file_search_result_object_content_item_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchResultObjectContentItem(_OpenModel):
    type_: RunStepDetailsToolCallsFileSearchResultObjectContentItemType | None = None

    text: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_run_step_details_tool_calls_file_search_result_object_content_item_type,
            ),
            ("text", "text", OPTIONAL, None),
        )
