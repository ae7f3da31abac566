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
from ..models.assistants_named_tool_choice_type import (
    AssistantsNamedToolChoiceType,
    check_assistants_named_tool_choice_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction,
    )


@_attrs_define(repr=False)
class AssistantsNamedToolChoice(_OpenModel):
    """Forces the model to call one particular tool."""

    type_: AssistantsNamedToolChoiceType
    """ Kind of tool to force: `function`, `code_interpreter` or `file_search`; `function` also needs
    `function.name`. """
    function: AssistantsNamedToolChoiceFunction | None = None
    """ Which function to call; required when `type` is `function`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "type")
    _tags = {"type": ("function", "code_interpreter", "file_search")}

    @staticmethod
    def _fields() -> Table:
        from ..models.assistants_named_tool_choice_function import (
            AssistantsNamedToolChoiceFunction,
        )

        return fields(
            ("type_", "type", REQUIRED, check_assistants_named_tool_choice_type),
            ("function", "function", OPTIONAL, AssistantsNamedToolChoiceFunction),
        )
