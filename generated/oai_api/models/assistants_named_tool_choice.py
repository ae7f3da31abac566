from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_named_tool_choice_type import (
    AssistantsNamedToolChoiceType,
    check_assistants_named_tool_choice_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction,
    )


T = TypeVar("T", bound="AssistantsNamedToolChoice")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AssistantsNamedToolChoiceFunction
    from ..models.assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction,
    )

    _models_bound = True


@_attrs_define
class AssistantsNamedToolChoice:
    """Forces the model to call one particular tool."""

    type_: AssistantsNamedToolChoiceType
    """ Kind of tool to force: `function`, `code_interpreter` or `file_search`; `function` also needs
    `function.name`. """
    function: AssistantsNamedToolChoiceFunction | None = None
    """ Which function to call; required when `type` is `function`. """
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

        _v_function = (
            self.function
            if self.function is not None or "function" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_function, AssistantsNamedToolChoiceFunction):
            function = _v_function
        else:
            function: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_function, Unset):
                function = _v_function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if function is not UNSET:
            field_dict["function"] = function

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
                type_ = check_assistants_named_tool_choice_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _function_raw = d.pop("function", UNSET)
        if _function_raw is None or isinstance(_function_raw, Unset):
            if _function_raw is None and strict_parsing.get():
                raise TypeError("function")

            if _function_raw is None:
                _none_flips += ("function",)
            function = None

        else:
            try:
                _function = _function_raw
                function: AssistantsNamedToolChoiceFunction | Unset
                if isinstance(_function, Unset):
                    function = UNSET
                else:
                    function = AssistantsNamedToolChoiceFunction.from_dict(_function)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                function = _function_raw

        assistants_named_tool_choice = cls(
            type_=type_,
            function=function,
        )
        if _none_flips:
            assistants_named_tool_choice._none_flips = _none_flips

        assistants_named_tool_choice.additional_properties = d
        return assistants_named_tool_choice

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
