from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.client_tool_call_item_object import (
    ClientToolCallItemObject,
    check_client_tool_call_item_object,
)
from ..models.client_tool_call_item_type import (
    ClientToolCallItemType,
    check_client_tool_call_item_type,
)
from ..models.client_tool_call_status import (
    ClientToolCallStatus,
    check_client_tool_call_status,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ClientToolCallItem(_OpenModel):
    """A tool call the assistant asked the client to run: name, arguments, status and output."""

    id: str

    object_: ClientToolCallItemObject

    created_at: int

    thread_id: str

    type_: ClientToolCallItemType

    status: ClientToolCallStatus
    """ State of a client tool call: `in_progress` or `completed`. """
    call_id: str

    name: str

    arguments: str

    output: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "arguments",
        "call_id",
        "created_at",
        "id",
        "name",
        "object",
        "output",
        "status",
        "thread_id",
        "type",
    )
    _tags = {"type": ("chatkit.client_tool_call",), "object": ("chatkit.thread_item",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_client_tool_call_item_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_client_tool_call_item_type),
            ("status", "status", REQUIRED, check_client_tool_call_status),
            ("call_id", "call_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            ("output", "output", REQUIRED_OR_NULL, one_of(str, None)),
        )
