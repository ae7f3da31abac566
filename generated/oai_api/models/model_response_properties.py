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
from ..models.model_response_properties_prompt_cache_retention_type_0 import (
    ModelResponsePropertiesPromptCacheRetentionType0,
    check_model_response_properties_prompt_cache_retention_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class ModelResponseProperties(_OpenModel):
    """Sampling and bookkeeping settings shared by model calls."""

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    top_logprobs: int | None = None
    """ Number of top alternatives per token (0-20). """
    temperature: float | None = None
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None = None
    """ Nucleus sampling probability mass (0-1). """
    user: str | None = None
    """ Old end-user identifier; prefer the newer fields. """
    safety_identifier: None | str = None
    """ Stable hashed end-user ID for abuse detection. """
    prompt_cache_key: None | str = None
    """ Key to group requests for prompt caching. """
    prompt_cache_retention: ModelResponsePropertiesPromptCacheRetentionType0 | None = (
        None
    )
    """ Old prompt cache retention setting. """
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
                one_of(member("metadata_type_0", "MetadataType0"), None),
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
                    check_model_response_properties_prompt_cache_retention_type_0, None
                ),
            ),
        )
