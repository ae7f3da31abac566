from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_completion_request_model_type_1 import (
    CreateCompletionRequestModelType1,
    check_create_completion_request_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_stream_options_type_0 import (
        ChatCompletionStreamOptionsType0,
    )
    from ..models.create_completion_request_logit_bias_type_0 import (
        CreateCompletionRequestLogitBiasType0,
    )


@_attrs_define(repr=False)
class CreateCompletionRequest(_OpenModel):
    """Body of a legacy completion request."""

    model: CreateCompletionRequestModelType1 | str
    """ ID of the model to use. """
    prompt: list[int] | list[list[int]] | list[str] | None | str
    """ Prompt(s) to complete: text, a list of texts, token IDs, or lists of token IDs. """
    best_of: int | None = None
    """ Generate this many candidates server-side and return the best `n`. """
    echo: bool | None = None
    """ Return the prompt before the completion. """
    frequency_penalty: float | None = None
    """ Penalise tokens by how often they appeared (-2 to 2). """
    logit_bias: CreateCompletionRequestLogitBiasType0 | None = None
    """ Token ID to bias (-100..100) map. """
    logprobs: int | None = None
    """ Return log probabilities of this many top tokens per position (max 5). """
    max_tokens: int | None = None
    """ Cap on generated tokens. """
    n: int | None = None
    """ Number of completions per prompt. """
    presence_penalty: float | None = None
    """ Penalise tokens that appeared at all (-2 to 2). """
    seed: int | None = None
    """ Seed for best-effort deterministic sampling. """
    stop: list[str] | None | str = None
    """ One stop sequence, or up to four of them. """
    stream: bool | None = None
    """ Stream the completion as server-sent events. """
    stream_options: ChatCompletionStreamOptionsType0 | None = None
    """ Extra settings that apply only when streaming. """
    suffix: None | str = None
    """ Text that comes after the completion (insert mode). """
    temperature: float | None = None
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None = None
    """ Nucleus sampling probability mass (0-1). """
    user: str | None = None
    """ Stable end-user identifier for abuse detection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "best_of",
        "echo",
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "model",
        "n",
        "presence_penalty",
        "prompt",
        "seed",
        "stop",
        "stream",
        "stream_options",
        "suffix",
        "temperature",
        "top_p",
        "user",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "model",
                "model",
                REQUIRED,
                one_of(str, check_create_completion_request_model_type_1),
            ),
            (
                "prompt",
                "prompt",
                REQUIRED_OR_NULL,
                one_of(str, list_of(None), list_of(None), list_of(list_of(None)), None),
            ),
            ("best_of", "best_of", OPTIONAL_OR_NULL, one_of(int, None)),
            ("echo", "echo", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "frequency_penalty",
                "frequency_penalty",
                OPTIONAL_OR_NULL,
                one_of(float, None),
            ),
            (
                "logit_bias",
                "logit_bias",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_completion_request_logit_bias_type_0",
                        "CreateCompletionRequestLogitBiasType0",
                    ),
                    None,
                ),
            ),
            ("logprobs", "logprobs", OPTIONAL_OR_NULL, one_of(int, None)),
            ("max_tokens", "max_tokens", OPTIONAL_OR_NULL, one_of(int, None)),
            ("n", "n", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "presence_penalty",
                "presence_penalty",
                OPTIONAL_OR_NULL,
                one_of(float, None),
            ),
            ("seed", "seed", OPTIONAL_OR_NULL, one_of(int, None)),
            ("stop", "stop", OPTIONAL_OR_NULL, one_of(str, None, list_of(None))),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "stream_options",
                "stream_options",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "chat_completion_stream_options_type_0",
                        "ChatCompletionStreamOptionsType0",
                    ),
                    None,
                ),
            ),
            ("suffix", "suffix", OPTIONAL_OR_NULL, one_of(str, None)),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("user", "user", OPTIONAL, None),
            strict=True,
        )
