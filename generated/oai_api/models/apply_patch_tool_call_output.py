from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_call_output_status import (
    ApplyPatchCallOutputStatus,
    check_apply_patch_call_output_status,
)
from ..models.apply_patch_tool_call_output_type import (
    ApplyPatchToolCallOutputType,
    check_apply_patch_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller


@_attrs_define(repr=False)
class ApplyPatchToolCallOutput(_OpenModel):
    """The result of applying a patch."""

    type_: ApplyPatchToolCallOutputType
    """ Fixed tag `apply_patch_call_output`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: ApplyPatchCallOutputStatus
    """ Whether applying the patch worked. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller = None
    """ Who issued the tool call. """
    output: None | str = None
    """ Log or error text from applying the patch. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "created_by", "id", "output", "status", "type")
    _tags = {"type": ("apply_patch_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_apply_patch_tool_call_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_apply_patch_call_output_status),
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
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
            ("created_by", "created_by", OPTIONAL, None),
        )
