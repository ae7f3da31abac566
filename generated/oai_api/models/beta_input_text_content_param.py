from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_input_text_content_param_type import (
    BetaInputTextContentParamType,
    check_beta_input_text_content_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam,
    )


T = TypeVar("T", bound="BetaInputTextContentParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaPromptCacheBreakpointParam
    from ..models.beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam,
    )

    _models_bound = True


@_attrs_define
class BetaInputTextContentParam:
    """A text part of a tool output or agent message, as sent in input."""

    type_: BetaInputTextContentParamType
    """ Fixed tag `input_text`. """
    text: str
    """ The text. """
    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None
    """ Mark the end of a reusable prompt prefix here. """
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

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_prompt_cache_breakpoint = (
            self.prompt_cache_breakpoint
            if self.prompt_cache_breakpoint is not None
            or "prompt_cache_breakpoint" in self._none_flips
            else UNSET
        )

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(_v_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(_v_prompt_cache_breakpoint, BetaPromptCacheBreakpointParam):
            prompt_cache_breakpoint = _v_prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = _v_prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "text": text,
                }.items()
                if v is not UNSET
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

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
                type_ = check_beta_input_text_content_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _prompt_cache_breakpoint_raw = d.pop("prompt_cache_breakpoint", UNSET)
        if _prompt_cache_breakpoint_raw is None or isinstance(
            _prompt_cache_breakpoint_raw, Unset
        ):
            if _prompt_cache_breakpoint_raw is None:
                _none_flips += ("prompt_cache_breakpoint",)
            prompt_cache_breakpoint = None

        else:
            try:

                def _parse_prompt_cache_breakpoint(
                    data: object,
                ) -> BetaPromptCacheBreakpointParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        prompt_cache_breakpoint_type_0 = (
                            BetaPromptCacheBreakpointParam.from_dict(data)
                        )

                        return prompt_cache_breakpoint_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaPromptCacheBreakpointParam | None | Unset, data)

                prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                    _prompt_cache_breakpoint_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_breakpoint = _prompt_cache_breakpoint_raw

        beta_input_text_content_param = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if _none_flips:
            beta_input_text_content_param._none_flips = _none_flips

        beta_input_text_content_param.additional_properties = d
        return beta_input_text_content_param

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
