from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.web_search_context_size import (
    WebSearchContextSize,
    check_web_search_context_size,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_chat_completion_request_web_search_options_user_location_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsUserLocationType0,
    )


@_attrs_define(repr=False)
class CreateChatCompletionRequestWebSearchOptions(_OpenModel):
    """Settings for the web search tool."""

    user_location: (
        CreateChatCompletionRequestWebSearchOptionsUserLocationType0 | None
    ) = None
    """ Approximate user location. """
    search_context_size: WebSearchContextSize | None = None
    """ Amount of web search context to retrieve. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("search_context_size", "user_location")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "user_location",
                "user_location",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_chat_completion_request_web_search_options_user_location_type_0",
                        "CreateChatCompletionRequestWebSearchOptionsUserLocationType0",
                        ("type", "approximate"),
                    ),
                    None,
                ),
            ),
            (
                "search_context_size",
                "search_context_size",
                OPTIONAL,
                check_web_search_context_size,
            ),
            strict=True,
        )
