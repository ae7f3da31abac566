from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
    )


@_attrs_define(repr=False)
class CreateMessageRequestAttachmentsType0Item(_OpenModel):
    file_id: str | None = None
    """ ID of the uploaded file to attach. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None = None
    """ Tools that get access to this file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_id", "tools")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file_id", "file_id", OPTIONAL, None),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "assistant_tools_code",
                            "AssistantToolsCode",
                            ("type", "code_interpreter"),
                        ),
                        member(
                            "assistant_tools_file_search_type_only",
                            "AssistantToolsFileSearchTypeOnly",
                            ("type", "file_search"),
                        ),
                    )
                ),
            ),
            strict=True,
        )
