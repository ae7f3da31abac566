from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_call_output_status_param import (
    ApplyPatchCallOutputStatusParam,
    check_apply_patch_call_output_status_param,
)
from ..models.apply_patch_tool_call_output_item_param_type import (
    ApplyPatchToolCallOutputItemParamType,
    check_apply_patch_tool_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class ApplyPatchToolCallOutputItemParam(_OpenModel):
    """The result of an apply_patch call, sent as input."""

    type_: ApplyPatchToolCallOutputItemParamType
    """ Fixed tag `apply_patch_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: ApplyPatchCallOutputStatusParam
    """ Result of applying a patch, as sent in input. """
    id: None | str = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    output: None | str = None
    """ Log or error text from applying the patch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "id", "output", "status", "type")
    _tags = {"type": ("apply_patch_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_apply_patch_tool_call_output_item_param_type,
            ),
            ("call_id", "call_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_apply_patch_call_output_status_param),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller_param",
                        "DirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller_param",
                        "ProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
        )
