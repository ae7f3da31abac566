from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_session_create_request_tools_item_type import (
    RealtimeSessionCreateRequestToolsItemType,
    check_realtime_session_create_request_tools_item_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,
    )


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestToolsItem(_OpenModel):
    type_: RealtimeSessionCreateRequestToolsItemType | None = None
    """ Tool kind; always `function`. """
    name: str | None = None
    """ Function name the model uses to call it. """
    description: str | None = None
    """ Explains the function's purpose and when to call it; may also say what to tell the user meanwhile. """
    parameters: RealtimeSessionCreateRequestToolsItemParameters | None = None
    """ JSON Schema of the function's arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "parameters", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_session_create_request_tools_item_parameters import (
            RealtimeSessionCreateRequestToolsItemParameters,
        )

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_session_create_request_tools_item_type,
            ),
            ("name", "name", OPTIONAL, None),
            ("description", "description", OPTIONAL, None),
            (
                "parameters",
                "parameters",
                OPTIONAL,
                RealtimeSessionCreateRequestToolsItemParameters,
            ),
            strict=True,
        )
