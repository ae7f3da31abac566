from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_response_properties_prompt_cache_retention_type_0 import (
    ModelResponsePropertiesPromptCacheRetentionType0,
    check_model_response_properties_prompt_cache_retention_type_0,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam


T = TypeVar("T", bound="CreateModelResponseProperties")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MetadataType0, PromptCacheOptionsParam
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam

    _models_bound = True


@_attrs_define
class CreateModelResponseProperties:
    """Shared settings for requests that create a model reply."""

    metadata: MetadataType0 | None | Unset = UNSET
    """ Up to 16 string key/value tags attached to an object. """
    top_logprobs: int | None | Unset = UNSET
    """ Number of top alternatives per token (0-20). """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling probability mass (0-1). """
    user: str | Unset = UNSET
    """ Old end-user identifier; prefer the newer fields. """
    safety_identifier: None | str | Unset = UNSET
    """ Stable hashed end-user ID for abuse detection. """
    prompt_cache_key: None | str | Unset = UNSET
    """ Key to group requests for prompt caching. """
    prompt_cache_retention: (
        ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset
    ) = UNSET
    """ Old prompt cache retention setting. """
    prompt_cache_options: PromptCacheOptionsParam | Unset = UNSET
    """ Prompt caching settings for the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        if not isinstance(self.prompt_cache_options, PromptCacheOptionsParam):
            prompt_cache_options = self.prompt_cache_options
        else:
            prompt_cache_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prompt_cache_options, Unset):
                prompt_cache_options = self.prompt_cache_options.to_dict()

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
        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            metadata = _metadata_raw
        else:

            def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                    return componentsschemas_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(MetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            top_logprobs = _top_logprobs_raw
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
            temperature = _temperature_raw
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
            top_p = _top_p_raw
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

        _safety_identifier_raw = d.pop("safety_identifier", UNSET)
        if _safety_identifier_raw is None or isinstance(_safety_identifier_raw, Unset):
            safety_identifier = _safety_identifier_raw
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
            prompt_cache_key = _prompt_cache_key_raw
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
            prompt_cache_retention = _prompt_cache_retention_raw
        else:

            def _parse_prompt_cache_retention(
                data: object,
            ) -> ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prompt_cache_retention_type_0 = (
                        check_model_response_properties_prompt_cache_retention_type_0(
                            data
                        )
                    )

                    return prompt_cache_retention_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset,
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

            prompt_cache_options = _prompt_cache_options_raw
        else:
            _prompt_cache_options = _prompt_cache_options_raw
            prompt_cache_options: PromptCacheOptionsParam | Unset
            if isinstance(_prompt_cache_options, Unset):
                prompt_cache_options = UNSET
            else:
                prompt_cache_options = PromptCacheOptionsParam.from_dict(
                    _prompt_cache_options
                )

        create_model_response_properties = cls(
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

        create_model_response_properties.additional_properties = d
        return create_model_response_properties

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
