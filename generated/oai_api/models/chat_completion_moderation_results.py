from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_moderation_results_type import (
    ChatCompletionModerationResultsType,
    check_chat_completion_moderation_results_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.moderation_result_body import ModerationResultBody


@_attrs_define(repr=False)
class ChatCompletionModerationResults(_OpenModel):
    """Moderation ran and produced results."""

    type_: ChatCompletionModerationResultsType
    """ Outcome kind. """
    model: str
    """ Moderation model used. """
    results: list[ModerationResultBody]
    """ One verdict per moderated item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("model", "results", "type")
    _tags = {"type": ("moderation_results",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.moderation_result_body import ModerationResultBody

        return fields(
            ("type_", "type", REQUIRED, check_chat_completion_moderation_results_type),
            ("model", "model", REQUIRED, None),
            ("results", "results", REQUIRED, list_of(ModerationResultBody)),
        )
