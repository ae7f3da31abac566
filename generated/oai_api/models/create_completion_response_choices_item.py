from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason,
    check_create_completion_response_choices_item_finish_reason,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_completion_response_choices_item_logprobs_type_0 import (
        CreateCompletionResponseChoicesItemLogprobsType0,
    )


@_attrs_define(repr=False)
class CreateCompletionResponseChoicesItem(_OpenModel):
    finish_reason: CreateCompletionResponseChoicesItemFinishReason
    """ Why generation stopped: stop sequence, token limit or content filter. """
    index: int
    """ Position of this choice. """
    logprobs: CreateCompletionResponseChoicesItemLogprobsType0 | None
    """ Token log probabilities, when requested. """
    text: str
    """ The generated text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("finish_reason", "index", "logprobs", "text")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "finish_reason",
                "finish_reason",
                REQUIRED,
                check_create_completion_response_choices_item_finish_reason,
            ),
            ("index", "index", REQUIRED, None),
            (
                "logprobs",
                "logprobs",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "create_completion_response_choices_item_logprobs_type_0",
                        "CreateCompletionResponseChoicesItemLogprobsType0",
                    ),
                    None,
                ),
            ),
            ("text", "text", REQUIRED, None),
        )
