from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )


T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobsType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem
    from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )

    _models_bound = True


@_attrs_define
class CreateCompletionResponseChoicesItemLogprobsType0:
    text_offset: list[int] | None = None
    """ Character offset of each token in the text. """
    token_logprobs: list[float] | None = None
    """ Log probability of each token. """
    tokens: list[str] | None = None
    """ The generated tokens. """
    top_logprobs: (
        list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | None
    ) = None
    """ Most likely alternatives per position, token to log probability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_text_offset = (
            self.text_offset
            if self.text_offset is not None or "text_offset" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_text_offset, list):
            text_offset = _v_text_offset
        else:
            text_offset: list[int] | Unset = UNSET
            if not isinstance(_v_text_offset, Unset):
                text_offset = _v_text_offset

        _v_token_logprobs = (
            self.token_logprobs
            if self.token_logprobs is not None or "token_logprobs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_token_logprobs, list):
            token_logprobs = _v_token_logprobs
        else:
            token_logprobs: list[float] | Unset = UNSET
            if not isinstance(_v_token_logprobs, Unset):
                token_logprobs = _v_token_logprobs

        _v_tokens = (
            self.tokens
            if self.tokens is not None or "tokens" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tokens, list):
            tokens = _v_tokens
        else:
            tokens: list[str] | Unset = UNSET
            if not isinstance(_v_tokens, Unset):
                tokens = _v_tokens

        _v_top_logprobs = (
            self.top_logprobs
            if self.top_logprobs is not None or "top_logprobs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_top_logprobs, list):
            top_logprobs = _v_top_logprobs
        else:
            top_logprobs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_top_logprobs, Unset):
                top_logprobs = []
                for top_logprobs_item_data in _v_top_logprobs:
                    if not isinstance(
                        top_logprobs_item_data,
                        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
                    ):
                        top_logprobs.append(top_logprobs_item_data)
                        continue
                    top_logprobs_item = top_logprobs_item_data.to_dict()
                    top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if text_offset is not UNSET:
            field_dict["text_offset"] = text_offset
        if token_logprobs is not UNSET:
            field_dict["token_logprobs"] = token_logprobs
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _text_offset_raw = d.pop("text_offset", UNSET)
        if _text_offset_raw is None or isinstance(_text_offset_raw, Unset):
            if _text_offset_raw is None and strict_parsing.get():
                raise TypeError("text_offset")

            if _text_offset_raw is None:
                _none_flips += ("text_offset",)
            text_offset = None

        else:
            try:
                text_offset = cast(list[int], _text_offset_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                text_offset = _text_offset_raw

        _token_logprobs_raw = d.pop("token_logprobs", UNSET)
        if _token_logprobs_raw is None or isinstance(_token_logprobs_raw, Unset):
            if _token_logprobs_raw is None and strict_parsing.get():
                raise TypeError("token_logprobs")

            if _token_logprobs_raw is None:
                _none_flips += ("token_logprobs",)
            token_logprobs = None

        else:
            try:
                token_logprobs = cast(list[float], _token_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                token_logprobs = _token_logprobs_raw

        _tokens_raw = d.pop("tokens", UNSET)
        if _tokens_raw is None or isinstance(_tokens_raw, Unset):
            if _tokens_raw is None and strict_parsing.get():
                raise TypeError("tokens")

            if _tokens_raw is None:
                _none_flips += ("tokens",)
            tokens = None

        else:
            try:
                tokens = cast(list[str], _tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tokens = _tokens_raw

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            if _top_logprobs_raw is None and strict_parsing.get():
                raise TypeError("top_logprobs")

            if _top_logprobs_raw is None:
                _none_flips += ("top_logprobs",)
            top_logprobs = None

        else:
            try:
                _top_logprobs = _top_logprobs_raw
                top_logprobs: (
                    list[
                        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem
                    ]
                    | Unset
                ) = UNSET
                if _top_logprobs is not UNSET:
                    top_logprobs = []
                    if not isinstance(_top_logprobs, list):
                        raise TypeError()
                    for top_logprobs_item_data in _top_logprobs:
                        top_logprobs_item = CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem.from_dict(
                            top_logprobs_item_data
                        )

                        top_logprobs.append(top_logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_logprobs = _top_logprobs_raw

        create_completion_response_choices_item_logprobs_type_0 = cls(
            text_offset=text_offset,
            token_logprobs=token_logprobs,
            tokens=tokens,
            top_logprobs=top_logprobs,
        )
        if _none_flips:
            create_completion_response_choices_item_logprobs_type_0._none_flips = (
                _none_flips
            )

        create_completion_response_choices_item_logprobs_type_0.additional_properties = d
        return create_completion_response_choices_item_logprobs_type_0

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
