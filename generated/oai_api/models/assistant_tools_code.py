from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.assistant_tools_code_type import (
    AssistantToolsCodeType,
    check_assistant_tools_code_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AssistantToolsCode(_OpenModel):
    """Code interpreter tool: lets the assistant write and execute Python in a sandbox."""

    type_: AssistantToolsCodeType
    """ Tool kind; always `code_interpreter`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("code_interpreter",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_assistant_tools_code_type),
        )
