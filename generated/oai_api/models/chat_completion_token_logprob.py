from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,
    )


@_attrs_define(repr=False)
class ChatCompletionTokenLogprob(_OpenModel):
    """Log probability data for one output token."""

    token: str
    """ Token text. """
    logprob: float
    """ Log probability of the token. """
    bytes_: list[int] | None
    """ UTF-8 bytes of the token, if any. """
    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]
    """ Most likely alternatives at this position. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "logprob", "token", "top_logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_token_logprob_top_logprobs_item import (
            ChatCompletionTokenLogprobTopLogprobsItem,
        )

        return fields(
            ("token", "token", REQUIRED, None),
            ("logprob", "logprob", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED_OR_NULL, one_of(list_of(None), None)),
            (
                "top_logprobs",
                "top_logprobs",
                REQUIRED,
                list_of(ChatCompletionTokenLogprobTopLogprobsItem),
            ),
        )
