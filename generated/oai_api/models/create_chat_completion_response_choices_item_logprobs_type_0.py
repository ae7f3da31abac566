from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob


@_attrs_define(repr=False)
class CreateChatCompletionResponseChoicesItemLogprobsType0(_OpenModel):
    content: list[ChatCompletionTokenLogprob] | None
    """ Log probabilities of content tokens. """
    refusal: list[ChatCompletionTokenLogprob] | None
    """ Log probabilities of refusal tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "refusal")

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob

        return fields(
            (
                "content",
                "content",
                REQUIRED_OR_NULL,
                one_of(list_of(ChatCompletionTokenLogprob), None),
            ),
            (
                "refusal",
                "refusal",
                REQUIRED_OR_NULL,
                one_of(list_of(ChatCompletionTokenLogprob), None),
            ),
        )
