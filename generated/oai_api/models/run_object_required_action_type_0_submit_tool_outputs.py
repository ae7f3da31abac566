from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_tool_call_object import RunToolCallObject


T = TypeVar("T", bound="RunObjectRequiredActionType0SubmitToolOutputs")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RunToolCallObject
    from ..models.run_tool_call_object import RunToolCallObject

    _models_bound = True


@_attrs_define
class RunObjectRequiredActionType0SubmitToolOutputs:
    tool_calls: list[RunToolCallObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_tool_calls = (
            self.tool_calls
            if self.tool_calls is not None or "tool_calls" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tool_calls, list):
            tool_calls = _v_tool_calls
        else:
            tool_calls = []
            for tool_calls_item_data in _v_tool_calls:
                if not isinstance(tool_calls_item_data, RunToolCallObject):
                    tool_calls.append(tool_calls_item_data)
                    continue
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "tool_calls": tool_calls,
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
        _tool_calls_raw = d.pop("tool_calls", UNSET)
        if _tool_calls_raw is None or isinstance(_tool_calls_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tool_calls")

            if _tool_calls_raw is UNSET:
                _none_flips += ("tool_calls",)
            tool_calls = None

        else:
            try:
                tool_calls = []
                _tool_calls = _tool_calls_raw
                if not isinstance(_tool_calls, list):
                    raise TypeError()
                for tool_calls_item_data in _tool_calls:
                    tool_calls_item = RunToolCallObject.from_dict(tool_calls_item_data)

                    tool_calls.append(tool_calls_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_calls = _tool_calls_raw

        run_object_required_action_type_0_submit_tool_outputs = cls(
            tool_calls=tool_calls,
        )
        if _none_flips:
            run_object_required_action_type_0_submit_tool_outputs._none_flips = (
                _none_flips
            )

        run_object_required_action_type_0_submit_tool_outputs.additional_properties = d
        return run_object_required_action_type_0_submit_tool_outputs

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
