from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_usage_tokens_type import (
    TranscriptTextUsageTokensType,
    check_transcript_text_usage_tokens_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )


T = TypeVar("T", bound="TranscriptTextUsageTokens")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, TranscriptTextUsageTokensInputTokenDetails
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )

    _models_bound = True


@_attrs_define
class TranscriptTextUsageTokens:
    """Usage of a transcription billed by tokens."""

    type_: TranscriptTextUsageTokensType
    """ Fixed tag `tokens`. """
    input_tokens: int
    """ Tokens in the input. """
    output_tokens: int
    """ Tokens generated. """
    total_tokens: int
    """ Input plus output tokens. """
    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = None
    """ Input tokens by kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_input_tokens = (
            self.input_tokens
            if self.input_tokens is not None or "input_tokens" not in self._none_flips
            else UNSET
        )

        input_tokens = _v_input_tokens

        _v_output_tokens = (
            self.output_tokens
            if self.output_tokens is not None or "output_tokens" not in self._none_flips
            else UNSET
        )

        output_tokens = _v_output_tokens

        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        _v_input_token_details = (
            self.input_token_details
            if self.input_token_details is not None
            or "input_token_details" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_input_token_details, TranscriptTextUsageTokensInputTokenDetails
        ):
            input_token_details = _v_input_token_details
        else:
            input_token_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_token_details, Unset):
                input_token_details = _v_input_token_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "total_tokens": total_tokens,
                }.items()
                if v is not UNSET
            }
        )
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_transcript_text_usage_tokens_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        input_tokens = d.pop("input_tokens", UNSET)
        if (
            input_tokens is None or isinstance(input_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("input_tokens")

        if input_tokens is None or input_tokens is UNSET:
            if input_tokens is UNSET:
                _none_flips += ("input_tokens",)
            input_tokens = None

        output_tokens = d.pop("output_tokens", UNSET)
        if (
            output_tokens is None or isinstance(output_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_tokens")

        if output_tokens is None or output_tokens is UNSET:
            if output_tokens is UNSET:
                _none_flips += ("output_tokens",)
            output_tokens = None

        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

        _input_token_details_raw = d.pop("input_token_details", UNSET)
        if _input_token_details_raw is None or isinstance(
            _input_token_details_raw, Unset
        ):
            if _input_token_details_raw is None and strict_parsing.get():
                raise TypeError("input_token_details")

            if _input_token_details_raw is None:
                _none_flips += ("input_token_details",)
            input_token_details = None

        else:
            try:
                _input_token_details = _input_token_details_raw
                input_token_details: TranscriptTextUsageTokensInputTokenDetails | Unset
                if isinstance(_input_token_details, Unset):
                    input_token_details = UNSET
                else:
                    input_token_details = (
                        TranscriptTextUsageTokensInputTokenDetails.from_dict(
                            _input_token_details
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_token_details = _input_token_details_raw

        transcript_text_usage_tokens = cls(
            type_=type_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_token_details=input_token_details,
        )
        if _none_flips:
            transcript_text_usage_tokens._none_flips = _none_flips

        transcript_text_usage_tokens.additional_properties = d
        return transcript_text_usage_tokens

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
