from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from ..models.completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails,
    )


T = TypeVar("T", bound="CompletionUsage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CompletionUsageCompletionTokensDetails, \
        CompletionUsagePromptTokensDetails
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from ..models.completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails,
    )

    _models_bound = True


@_attrs_define
class CompletionUsage:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_completion_tokens = (
            self.completion_tokens
            if self.completion_tokens is not None
            or "completion_tokens" not in self._none_flips
            else UNSET
        )

        completion_tokens = _v_completion_tokens

        _v_prompt_tokens = (
            self.prompt_tokens
            if self.prompt_tokens is not None or "prompt_tokens" not in self._none_flips
            else UNSET
        )

        prompt_tokens = _v_prompt_tokens

        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        _v_completion_tokens_details = (
            self.completion_tokens_details
            if self.completion_tokens_details is not None
            or "completion_tokens_details" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_completion_tokens_details, CompletionUsageCompletionTokensDetails
        ):
            completion_tokens_details = _v_completion_tokens_details
        else:
            completion_tokens_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_completion_tokens_details, Unset):
                completion_tokens_details = _v_completion_tokens_details.to_dict()

        _v_prompt_tokens_details = (
            self.prompt_tokens_details
            if self.prompt_tokens_details is not None
            or "prompt_tokens_details" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_tokens_details, CompletionUsagePromptTokensDetails):
            prompt_tokens_details = _v_prompt_tokens_details
        else:
            prompt_tokens_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_tokens_details, Unset):
                prompt_tokens_details = _v_prompt_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "completion_tokens": completion_tokens,
                    "prompt_tokens": prompt_tokens,
                    "total_tokens": total_tokens,
                }.items()
                if v is not UNSET
            }
        )
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        completion_tokens = d.pop("completion_tokens", UNSET)
        if (
            completion_tokens is None or isinstance(completion_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("completion_tokens")

        if completion_tokens is None or completion_tokens is UNSET:
            if completion_tokens is UNSET:
                _none_flips += ("completion_tokens",)
            completion_tokens = None

        prompt_tokens = d.pop("prompt_tokens", UNSET)
        if (
            prompt_tokens is None or isinstance(prompt_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("prompt_tokens")

        if prompt_tokens is None or prompt_tokens is UNSET:
            if prompt_tokens is UNSET:
                _none_flips += ("prompt_tokens",)
            prompt_tokens = None

        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

        _completion_tokens_details_raw = d.pop("completion_tokens_details", UNSET)
        if _completion_tokens_details_raw is None or isinstance(
            _completion_tokens_details_raw, Unset
        ):
            if _completion_tokens_details_raw is None and strict_parsing.get():
                raise TypeError("completion_tokens_details")

            if _completion_tokens_details_raw is None:
                _none_flips += ("completion_tokens_details",)
            completion_tokens_details = None

        else:
            try:
                _completion_tokens_details = _completion_tokens_details_raw
                completion_tokens_details: (
                    CompletionUsageCompletionTokensDetails | Unset
                )
                if isinstance(_completion_tokens_details, Unset):
                    completion_tokens_details = UNSET
                else:
                    completion_tokens_details = (
                        CompletionUsageCompletionTokensDetails.from_dict(
                            _completion_tokens_details
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                completion_tokens_details = _completion_tokens_details_raw

        _prompt_tokens_details_raw = d.pop("prompt_tokens_details", UNSET)
        if _prompt_tokens_details_raw is None or isinstance(
            _prompt_tokens_details_raw, Unset
        ):
            if _prompt_tokens_details_raw is None and strict_parsing.get():
                raise TypeError("prompt_tokens_details")

            if _prompt_tokens_details_raw is None:
                _none_flips += ("prompt_tokens_details",)
            prompt_tokens_details = None

        else:
            try:
                _prompt_tokens_details = _prompt_tokens_details_raw
                prompt_tokens_details: CompletionUsagePromptTokensDetails | Unset
                if isinstance(_prompt_tokens_details, Unset):
                    prompt_tokens_details = UNSET
                else:
                    prompt_tokens_details = (
                        CompletionUsagePromptTokensDetails.from_dict(
                            _prompt_tokens_details
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_tokens_details = _prompt_tokens_details_raw

        completion_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            completion_tokens_details=completion_tokens_details,
            prompt_tokens_details=prompt_tokens_details,
        )
        if _none_flips:
            completion_usage._none_flips = _none_flips

        completion_usage.additional_properties = d
        return completion_usage

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
