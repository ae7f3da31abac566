from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GraderScoreModelSamplingParams")


@_attrs_define
class GraderScoreModelSamplingParams:
    """Sampling settings for the grading model."""

    seed: int | None = None
    """ Seed for the grading model's sampler, for repeatable scores. """
    top_p: float | None = None
    """ Nucleus sampling cutoff as probability mass; 1 considers every token. """
    temperature: float | None = None
    """ Sampling temperature of the grading model; higher is more random. """
    max_completions_tokens: int | None = None
    """ Most tokens the grading model may write in its reply (at least 1). """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_seed = (
            self.seed if self.seed is not None or "seed" in self._none_flips else UNSET
        )

        seed: int | None | Unset
        if isinstance(_v_seed, Unset):
            seed = UNSET
        else:
            seed = _v_seed

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

        _v_max_completions_tokens = (
            self.max_completions_tokens
            if self.max_completions_tokens is not None
            or "max_completions_tokens" in self._none_flips
            else UNSET
        )

        max_completions_tokens: int | None | Unset
        if isinstance(_v_max_completions_tokens, Unset):
            max_completions_tokens = UNSET
        else:
            max_completions_tokens = _v_max_completions_tokens

        _v_reasoning_effort = (
            self.reasoning_effort
            if self.reasoning_effort is not None
            or "reasoning_effort" in self._none_flips
            else UNSET
        )

        reasoning_effort: None | str | Unset
        if isinstance(_v_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = _v_reasoning_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if seed is not UNSET:
            field_dict["seed"] = seed
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_completions_tokens is not UNSET:
            field_dict["max_completions_tokens"] = max_completions_tokens
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _seed_raw = d.pop("seed", UNSET)
        if _seed_raw is None or isinstance(_seed_raw, Unset):
            if _seed_raw is None:
                _none_flips += ("seed",)
            seed = None

        else:
            try:

                def _parse_seed(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                seed = _parse_seed(_seed_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                seed = _seed_raw

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:
            try:

                def _parse_top_p(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                top_p = _parse_top_p(_top_p_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_p = _top_p_raw

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:
            try:

                def _parse_temperature(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                temperature = _parse_temperature(_temperature_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                temperature = _temperature_raw

        _max_completions_tokens_raw = d.pop("max_completions_tokens", UNSET)
        if _max_completions_tokens_raw is None or isinstance(
            _max_completions_tokens_raw, Unset
        ):
            if _max_completions_tokens_raw is None:
                _none_flips += ("max_completions_tokens",)
            max_completions_tokens = None

        else:
            try:

                def _parse_max_completions_tokens(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                max_completions_tokens = _parse_max_completions_tokens(
                    _max_completions_tokens_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_completions_tokens = _max_completions_tokens_raw

        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if _reasoning_effort_raw is None or isinstance(_reasoning_effort_raw, Unset):
            if _reasoning_effort_raw is None:
                _none_flips += ("reasoning_effort",)
            reasoning_effort = None

        else:
            try:

                def _parse_reasoning_effort(
                    data: object,
                ) -> None | ReasoningEffortType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_reasoning_effort_type_0 = (
                            check_reasoning_effort_type_0(data)
                        )

                        return componentsschemas_reasoning_effort_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ReasoningEffortType0 | Unset, data)

                reasoning_effort = _parse_reasoning_effort(_reasoning_effort_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reasoning_effort = _reasoning_effort_raw

        grader_score_model_sampling_params = cls(
            seed=seed,
            top_p=top_p,
            temperature=temperature,
            max_completions_tokens=max_completions_tokens,
            reasoning_effort=reasoning_effort,
        )
        if _none_flips:
            grader_score_model_sampling_params._none_flips = _none_flips

        grader_score_model_sampling_params.additional_properties = d
        return grader_score_model_sampling_params

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
