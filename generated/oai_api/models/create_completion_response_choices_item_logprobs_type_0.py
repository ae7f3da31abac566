from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )


@_attrs_define(repr=False)
class CreateCompletionResponseChoicesItemLogprobsType0(_OpenModel):
    text_offset: list[int] | None = None
    """ Character offset of each token in the text. """
    token_logprobs: list[float] | None = None
    """ Log probability of each token. """
    tokens: list[str] | None = None
    """ The generated tokens. """
    top_logprobs: (
        list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | None
    ) = None
    """ Most likely alternatives per position, token to log probability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text_offset", "token_logprobs", "tokens", "top_logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
            CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
        )

        return fields(
            ("text_offset", "text_offset", OPTIONAL, list_of(None)),
            ("token_logprobs", "token_logprobs", OPTIONAL, list_of(None)),
            ("tokens", "tokens", OPTIONAL, list_of(None)),
            (
                "top_logprobs",
                "top_logprobs",
                OPTIONAL,
                list_of(
                    CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem
                ),
            ),
        )
