from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_chat_completions_type import (
    CustomToolChatCompletionsType,
    check_custom_tool_chat_completions_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom,
    )


T = TypeVar("T", bound="CustomToolChatCompletions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CustomToolChatCompletionsCustom
    from ..models.custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom,
    )

    _models_bound = True


@_attrs_define
class CustomToolChatCompletions:
    """A custom tool that takes free-form input."""

    type_: CustomToolChatCompletionsType
    """ Tool kind. """
    custom: CustomToolChatCompletionsCustom
    """ The custom tool definition. """
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

        _v_custom = (
            self.custom
            if self.custom is not None or "custom" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_custom, CustomToolChatCompletionsCustom):
            custom = _v_custom
        else:
            custom = _v_custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "custom": custom,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError("CustomToolChatCompletions: required field type is missing")

        else:
            type_ = check_custom_tool_chat_completions_type(_type__raw)

        _custom_raw = d.pop("custom", UNSET)
        if _custom_raw is None or isinstance(_custom_raw, Unset):
            raise KeyError(
                "CustomToolChatCompletions: required field custom is missing"
            )

        else:
            custom = CustomToolChatCompletionsCustom.from_dict(_custom_raw)

        custom_tool_chat_completions = cls(
            type_=type_,
            custom=custom,
        )
        if _none_flips:
            custom_tool_chat_completions._none_flips = _none_flips

        custom_tool_chat_completions.additional_properties = d
        return custom_tool_chat_completions

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
