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
from ..models.realtime_beta_client_event_conversation_item_retrieve_type import (
    RealtimeBetaClientEventConversationItemRetrieveType,
    check_realtime_beta_client_event_conversation_item_retrieve_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaClientEventConversationItemRetrieve(_OpenModel):
    """Client event asking for the server's copy of one conversation item, e.g. to hear user audio after noise reduction
    and VAD; answered by `conversation.item.retrieved`."""

    type_: RealtimeBetaClientEventConversationItemRetrieveType

    item_id: str

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "item_id", "type")
    _tags = {"type": ("conversation.item.retrieve",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_client_event_conversation_item_retrieve_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("event_id", "event_id", OPTIONAL, None),
        )
