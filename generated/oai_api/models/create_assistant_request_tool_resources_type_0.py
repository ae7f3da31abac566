from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_assistant_request_tool_resources_type_0_code_interpreter import (
        CreateAssistantRequestToolResourcesType0CodeInterpreter,
    )


@_attrs_define(repr=False)
class CreateAssistantRequestToolResourcesType0(_OpenModel):
    code_interpreter: CreateAssistantRequestToolResourcesType0CodeInterpreter | None = (
        None
    )
    """ Resources for the code interpreter tool. """
    file_search: Any | None = None
    """ Resources for file search: either an existing vector store's ID or a new vector store to build. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code_interpreter", "file_search")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_assistant_request_tool_resources_type_0_code_interpreter import (
            CreateAssistantRequestToolResourcesType0CodeInterpreter,
        )

        return fields(
            (
                "code_interpreter",
                "code_interpreter",
                OPTIONAL,
                CreateAssistantRequestToolResourcesType0CodeInterpreter,
            ),
            ("file_search", "file_search", OPTIONAL_OR_NULL, one_of(object)),
            strict=True,
        )
