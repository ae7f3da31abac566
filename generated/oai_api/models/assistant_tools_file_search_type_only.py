from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.assistant_tools_file_search_type_only_type import (
    AssistantToolsFileSearchTypeOnlyType,
    check_assistant_tools_file_search_type_only_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AssistantToolsFileSearchTypeOnly(_OpenModel):
    """File search tool named by its type alone, without tuning options."""

    type_: AssistantToolsFileSearchTypeOnlyType
    """ Tool kind; always `file_search`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("file_search",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_assistant_tools_file_search_type_only_type,
            ),
        )
