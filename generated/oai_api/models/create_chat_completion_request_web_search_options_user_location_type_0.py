from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_chat_completion_request_web_search_options_user_location_type_0_type import (
    CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type,
    check_create_chat_completion_request_web_search_options_user_location_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.web_search_location import WebSearchLocation


@_attrs_define(repr=False)
class CreateChatCompletionRequestWebSearchOptionsUserLocationType0(_OpenModel):
    """Approximate user location."""

    type_: CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type
    """ Location kind; always approximate. """
    approximate: WebSearchLocation
    """ Rough user location used to localise web search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("approximate", "type")
    _tags = {"type": ("approximate",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.web_search_location import WebSearchLocation

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_chat_completion_request_web_search_options_user_location_type_0_type,
            ),
            ("approximate", "approximate", REQUIRED, WebSearchLocation),
            strict=True,
        )
