from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.tool_choice import ToolChoice


T = TypeVar("T", bound="InferenceOptions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ToolChoice
    from ..models.tool_choice import ToolChoice

    _models_bound = True


@_attrs_define
class InferenceOptions:
    """Model and tool choice to use for the assistant's reply to this item."""

    tool_choice: None | ToolChoice
    model: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" not in self._none_flips
            else UNSET
        )

        if _v_tool_choice is None or isinstance(_v_tool_choice, Unset):
            tool_choice = _v_tool_choice
        else:
            tool_choice: dict[str, Any] | None
            if isinstance(_v_tool_choice, ToolChoice):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: None | str
            model = _v_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "tool_choice": tool_choice,
                    "model": model,
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
        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if isinstance(_tool_choice_raw, Unset) and strict_parsing.get():
                raise KeyError("tool_choice")

            if _tool_choice_raw is UNSET:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:
            try:

                def _parse_tool_choice(data: object) -> None | ToolChoice:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_choice_type_0 = ToolChoice.from_dict(data)

                        return tool_choice_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ToolChoice, data)

                tool_choice = _parse_tool_choice(_tool_choice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_choice = _tool_choice_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if isinstance(_model_raw, Unset) and strict_parsing.get():
                raise KeyError("model")

            if _model_raw is UNSET:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        inference_options = cls(
            tool_choice=tool_choice,
            model=model,
        )
        if _none_flips:
            inference_options._none_flips = _none_flips

        inference_options.additional_properties = d
        return inference_options

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
