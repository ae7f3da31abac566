from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_object_required_action_type_0_type import (
    RunObjectRequiredActionType0Type,
    check_run_object_required_action_type_0_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_object_required_action_type_0_submit_tool_outputs import (
        RunObjectRequiredActionType0SubmitToolOutputs,
    )


T = TypeVar("T", bound="RunObjectRequiredActionType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RunObjectRequiredActionType0SubmitToolOutputs
    from ..models.run_object_required_action_type_0_submit_tool_outputs import (
        RunObjectRequiredActionType0SubmitToolOutputs,
    )

    _models_bound = True


@_attrs_define
class RunObjectRequiredActionType0:
    type_: RunObjectRequiredActionType0Type
    submit_tool_outputs: RunObjectRequiredActionType0SubmitToolOutputs
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

        _v_submit_tool_outputs = (
            self.submit_tool_outputs
            if self.submit_tool_outputs is not None
            or "submit_tool_outputs" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_submit_tool_outputs, RunObjectRequiredActionType0SubmitToolOutputs
        ):
            submit_tool_outputs = _v_submit_tool_outputs
        else:
            submit_tool_outputs = _v_submit_tool_outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "submit_tool_outputs": submit_tool_outputs,
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
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_run_object_required_action_type_0_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _submit_tool_outputs_raw = d.pop("submit_tool_outputs", UNSET)
        if _submit_tool_outputs_raw is None or isinstance(
            _submit_tool_outputs_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("submit_tool_outputs")

            if _submit_tool_outputs_raw is UNSET:
                _none_flips += ("submit_tool_outputs",)
            submit_tool_outputs = None

        else:
            try:
                submit_tool_outputs = (
                    RunObjectRequiredActionType0SubmitToolOutputs.from_dict(
                        _submit_tool_outputs_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                submit_tool_outputs = _submit_tool_outputs_raw

        run_object_required_action_type_0 = cls(
            type_=type_,
            submit_tool_outputs=submit_tool_outputs,
        )
        if _none_flips:
            run_object_required_action_type_0._none_flips = _none_flips

        run_object_required_action_type_0.additional_properties = d
        return run_object_required_action_type_0

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
