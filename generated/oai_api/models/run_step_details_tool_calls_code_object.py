from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_details_tool_calls_code_object_type import (
    RunStepDetailsToolCallsCodeObjectType,
    check_run_step_details_tool_calls_code_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )


T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RunStepDetailsToolCallsCodeObjectCodeInterpreter
    from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )

    _models_bound = True


@_attrs_define
class RunStepDetailsToolCallsCodeObject:
    """A code interpreter call made in a run step: the code it ran and what it produced."""

    id: str
    type_: RunStepDetailsToolCallsCodeObjectType
    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_code_interpreter = (
            self.code_interpreter
            if self.code_interpreter is not None
            or "code_interpreter" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_code_interpreter, RunStepDetailsToolCallsCodeObjectCodeInterpreter
        ):
            code_interpreter = _v_code_interpreter
        else:
            code_interpreter = _v_code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "code_interpreter": code_interpreter,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_run_step_details_tool_calls_code_object_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _code_interpreter_raw = d.pop("code_interpreter", UNSET)
        if _code_interpreter_raw is None or isinstance(_code_interpreter_raw, Unset):
            if strict_parsing.get():
                raise KeyError("code_interpreter")

            if _code_interpreter_raw is UNSET:
                _none_flips += ("code_interpreter",)
            code_interpreter = None

        else:
            try:
                code_interpreter = (
                    RunStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(
                        _code_interpreter_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                code_interpreter = _code_interpreter_raw

        run_step_details_tool_calls_code_object = cls(
            id=id,
            type_=type_,
            code_interpreter=code_interpreter,
        )
        if _none_flips:
            run_step_details_tool_calls_code_object._none_flips = _none_flips

        run_step_details_tool_calls_code_object.additional_properties = d
        return run_step_details_tool_calls_code_object

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
