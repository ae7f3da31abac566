from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.modify_assistant_request_tool_resources_type_0_code_interpreter import (
        ModifyAssistantRequestToolResourcesType0CodeInterpreter,
    )
    from ..models.modify_assistant_request_tool_resources_type_0_file_search import (
        ModifyAssistantRequestToolResourcesType0FileSearch,
    )


@_attrs_define(repr=False)
class ModifyAssistantRequestToolResourcesType0(_OpenModel):
    code_interpreter: ModifyAssistantRequestToolResourcesType0CodeInterpreter | None = (
        None
    )
    """ Resources for the code interpreter tool. """
    file_search: ModifyAssistantRequestToolResourcesType0FileSearch | None = None
    """ Resources for the file search tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "file_search")

    @staticmethod
    def _fields() -> Table:
        from ..models.modify_assistant_request_tool_resources_type_0_code_interpreter import (
            ModifyAssistantRequestToolResourcesType0CodeInterpreter,
        )
        from ..models.modify_assistant_request_tool_resources_type_0_file_search import (
            ModifyAssistantRequestToolResourcesType0FileSearch,
        )

        return fields(
            (
                "code_interpreter",
                "code_interpreter",
                OPTIONAL,
                ModifyAssistantRequestToolResourcesType0CodeInterpreter,
            ),
            (
                "file_search",
                "file_search",
                OPTIONAL,
                ModifyAssistantRequestToolResourcesType0FileSearch,
            ),
            strict=True,
        )
