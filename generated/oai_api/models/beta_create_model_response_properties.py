from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_create_model_response_properties_prompt_cache_retention_type_0 import (
    BetaCreateModelResponsePropertiesPromptCacheRetentionType0,
    check_beta_create_model_response_properties_prompt_cache_retention_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_metadata_type_0 import BetaMetadataType0
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam


T = TypeVar("T", bound="BetaCreateModelResponseProperties")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaMetadataType0, BetaPromptCacheOptionsParam
    from ..models.beta_metadata_type_0 import BetaMetadataType0
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam

    _models_bound = True


@_attrs_define
class BetaCreateModelResponseProperties:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, BetaMetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        _v_top_logprobs = (
            self.top_logprobs
            if self.top_logprobs is not None or "top_logprobs" in self._none_flips
            else UNSET
        )

        top_logprobs: int | None | Unset
        if isinstance(_v_top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = _v_top_logprobs

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        _v_safety_identifier = (
            self.safety_identifier
            if self.safety_identifier is not None
            or "safety_identifier" in self._none_flips
            else UNSET
        )

        safety_identifier: None | str | Unset
        if isinstance(_v_safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = _v_safety_identifier

        _v_prompt_cache_key = (
            self.prompt_cache_key
            if self.prompt_cache_key is not None
            or "prompt_cache_key" in self._none_flips
            else UNSET
        )

        prompt_cache_key: None | str | Unset
        if isinstance(_v_prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = _v_prompt_cache_key

        _v_prompt_cache_retention = (
            self.prompt_cache_retention
            if self.prompt_cache_retention is not None
            or "prompt_cache_retention" in self._none_flips
            else UNSET
        )

        prompt_cache_retention: None | str | Unset
        if isinstance(_v_prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = _v_prompt_cache_retention

        _v_prompt_cache_options = (
            self.prompt_cache_options
            if self.prompt_cache_options is not None
            or "prompt_cache_options" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_cache_options, BetaPromptCacheOptionsParam):
            prompt_cache_options = _v_prompt_cache_options
        else:
            prompt_cache_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_cache_options, Unset):
                prompt_cache_options = _v_prompt_cache_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:

            def _parse_metadata(data: object) -> BetaMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_metadata_type_0 = (
                        BetaMetadataType0.from_dict(data)
                    )

                    return componentsschemas_beta_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            if _top_logprobs_raw is None:
                _none_flips += ("top_logprobs",)
            top_logprobs = None

        else:

            def _parse_top_logprobs(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            top_logprobs = _parse_top_logprobs(_top_logprobs_raw)

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:

            def _parse_temperature(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            temperature = _parse_temperature(_temperature_raw)

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:

            def _parse_top_p(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            top_p = _parse_top_p(_top_p_raw)

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        _safety_identifier_raw = d.pop("safety_identifier", UNSET)
        if _safety_identifier_raw is None or isinstance(_safety_identifier_raw, Unset):
            if _safety_identifier_raw is None:
                _none_flips += ("safety_identifier",)
            safety_identifier = None

        else:

            def _parse_safety_identifier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            safety_identifier = _parse_safety_identifier(_safety_identifier_raw)

        _prompt_cache_key_raw = d.pop("prompt_cache_key", UNSET)
        if _prompt_cache_key_raw is None or isinstance(_prompt_cache_key_raw, Unset):
            if _prompt_cache_key_raw is None:
                _none_flips += ("prompt_cache_key",)
            prompt_cache_key = None

        else:

            def _parse_prompt_cache_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            prompt_cache_key = _parse_prompt_cache_key(_prompt_cache_key_raw)

        _prompt_cache_retention_raw = d.pop("prompt_cache_retention", UNSET)
        if _prompt_cache_retention_raw is None or isinstance(
            _prompt_cache_retention_raw, Unset
        ):
            if _prompt_cache_retention_raw is None:
                _none_flips += ("prompt_cache_retention",)
            prompt_cache_retention = None

        else:

            def _parse_prompt_cache_retention(
                data: object,
            ) -> (
                BetaCreateModelResponsePropertiesPromptCacheRetentionType0
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prompt_cache_retention_type_0 = check_beta_create_model_response_properties_prompt_cache_retention_type_0(
                        data
                    )

                    return prompt_cache_retention_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    BetaCreateModelResponsePropertiesPromptCacheRetentionType0
                    | None
                    | Unset,
                    data,
                )

            prompt_cache_retention = _parse_prompt_cache_retention(
                _prompt_cache_retention_raw
            )

        _prompt_cache_options_raw = d.pop("prompt_cache_options", UNSET)
        if _prompt_cache_options_raw is None or isinstance(
            _prompt_cache_options_raw, Unset
        ):
            if _prompt_cache_options_raw is None and strict_parsing.get():
                raise TypeError("prompt_cache_options")

            if _prompt_cache_options_raw is None:
                _none_flips += ("prompt_cache_options",)
            prompt_cache_options = None

        else:
            _prompt_cache_options = _prompt_cache_options_raw
            prompt_cache_options: BetaPromptCacheOptionsParam | Unset
            if isinstance(_prompt_cache_options, Unset):
                prompt_cache_options = UNSET
            else:
                prompt_cache_options = BetaPromptCacheOptionsParam.from_dict(
                    _prompt_cache_options
                )

        beta_create_model_response_properties = cls(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
        )
        if _none_flips:
            beta_create_model_response_properties._none_flips = _none_flips

        beta_create_model_response_properties.additional_properties = d
        return beta_create_model_response_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
