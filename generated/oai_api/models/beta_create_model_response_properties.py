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
from ..models.beta_create_model_response_properties_prompt_cache_retention_type_0 import (
    BetaCreateModelResponsePropertiesPromptCacheRetentionType0,
    check_beta_create_model_response_properties_prompt_cache_retention_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_metadata_type_0 import BetaMetadataType0
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam


@_attrs_define(repr=False)
class BetaCreateModelResponseProperties(_OpenModel):
    """Shared settings for requests that create a model reply."""

    metadata: BetaMetadataType0 | None = None
    """ Up to 16 string key-value pairs for your own bookkeeping; keys at most 64 chars, values at most 512. """
    top_logprobs: int | None = None
    """ Number of top alternatives per token (0-20). """
    temperature: float | None = None
    """ Sampling randomness from 0 to 2 (default 1); lower is more deterministic. Tune this or `top_p`, not both.
    """
    top_p: float | None = None
    """ Nucleus sampling mass from 0 to 1 (default 1), e.g. 0.1 keeps the top 10%. Tune this or `temperature`, not
    both. """
    user: str | None = None
    """ Deprecated: use `safety_identifier` and `prompt_cache_key`. A stable ID for your end user. """
    safety_identifier: None | str = None
    """ Stable per-user ID (max 64 chars, ideally a hash) that helps OpenAI spot policy abuse. """
    prompt_cache_key: None | str = None
    """ Key that groups similar requests so they share prompt cache hits; takes over from `user` for caching. """
    prompt_cache_retention: (
        BetaCreateModelResponsePropertiesPromptCacheRetentionType0 | None
    ) = None
    """ Deprecated: use `prompt_cache_options.ttl`. Maximum cache retention, `in_memory` or `24h`. """
    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
    """ Prompt caching controls (`gpt-5.6`+): `explicit` mode drops the automatic breakpoint; up to 4 breakpoints
    per request; `ttl` only `30m`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "metadata",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "safety_identifier",
        "temperature",
        "top_logprobs",
        "top_p",
        "user",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam

        return fields(
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("beta_metadata_type_0", "BetaMetadataType0"), None),
            ),
            ("top_logprobs", "top_logprobs", OPTIONAL_OR_NULL, one_of(int, None)),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("user", "user", OPTIONAL, None),
            (
                "safety_identifier",
                "safety_identifier",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "prompt_cache_key",
                "prompt_cache_key",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "prompt_cache_retention",
                "prompt_cache_retention",
                OPTIONAL_OR_NULL,
                one_of(
                    check_beta_create_model_response_properties_prompt_cache_retention_type_0,
                    None,
                ),
            ),
            (
                "prompt_cache_options",
                "prompt_cache_options",
                OPTIONAL,
                BetaPromptCacheOptionsParam,
            ),
            strict=True,
        )
