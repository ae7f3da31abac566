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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from ..models.completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails,
    )


@_attrs_define(repr=False)
class CompletionUsage(_OpenModel):
    """Token counts for the request."""

    completion_tokens: int
    """ Tokens generated. """
    prompt_tokens: int
    """ Tokens in the prompt. """
    total_tokens: int
    """ Prompt plus generated tokens. """
    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    """ Breakdown of generated tokens. """
    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None
    """ Breakdown of prompt tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "completion_tokens",
        "completion_tokens_details",
        "prompt_tokens",
        "prompt_tokens_details",
        "total_tokens",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.completion_usage_completion_tokens_details import (
            CompletionUsageCompletionTokensDetails,
        )
        from ..models.completion_usage_prompt_tokens_details import (
            CompletionUsagePromptTokensDetails,
        )

        return fields(
            ("completion_tokens", "completion_tokens", REQUIRED, None),
            ("prompt_tokens", "prompt_tokens", REQUIRED, None),
            ("total_tokens", "total_tokens", REQUIRED, None),
            (
                "completion_tokens_details",
                "completion_tokens_details",
                OPTIONAL,
                CompletionUsageCompletionTokensDetails,
            ),
            (
                "prompt_tokens_details",
                "prompt_tokens_details",
                OPTIONAL,
                CompletionUsagePromptTokensDetails,
            ),
        )
