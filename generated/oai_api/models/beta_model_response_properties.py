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
from ..models.beta_model_response_properties_prompt_cache_retention_type_0 import (
    BetaModelResponsePropertiesPromptCacheRetentionType0,
    check_beta_model_response_properties_prompt_cache_retention_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_metadata_type_0 import BetaMetadataType0


@_attrs_define(repr=False)
class BetaModelResponseProperties(_OpenModel):
    """Sampling, caching and identity settings common to model requests and responses."""

    metadata: BetaMetadataType0 | None = None
    """ Up to 16 string key-value pairs for your own bookkeeping; keys at most 64 chars, values at most 512. """
    top_logprobs: int | None = None
    """ How many likely alternative tokens (0 to 20) to report with log probabilities at each position. """
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
        BetaModelResponsePropertiesPromptCacheRetentionType0 | None
    ) = None
    """ Deprecated: use `prompt_cache_options.ttl`. Maximum cache retention, `in_memory` or `24h`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "metadata",
        "prompt_cache_key",
        "prompt_cache_retention",
        "safety_identifier",
        "temperature",
        "top_logprobs",
        "top_p",
        "user",
    )

    @staticmethod
    def _fields() -> Table:

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
                    check_beta_model_response_properties_prompt_cache_retention_type_0,
                    None,
                ),
            ),
        )
