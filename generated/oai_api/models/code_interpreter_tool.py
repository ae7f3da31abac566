from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.code_interpreter_tool_type import (
    CodeInterpreterToolType,
    check_code_interpreter_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam


@_attrs_define(repr=False)
class CodeInterpreterTool(_OpenModel):
    """Let the model run Python code in a sandboxed container."""

    type_: CodeInterpreterToolType
    """ Fixed tag `code_interpreter`. """
    container: AutoCodeInterpreterToolParam | str
    """ Container ID, or settings for an automatically created container. """
    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_callers", "container", "type")
    _tags = {"type": ("code_interpreter",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_code_interpreter_tool_type),
            (
                "container",
                "container",
                REQUIRED,
                one_of(
                    str,
                    member(
                        "auto_code_interpreter_tool_param",
                        "AutoCodeInterpreterToolParam",
                        ("type", "auto"),
                    ),
                ),
            ),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_callable_tool_allowed_caller), None),
            ),
        )
