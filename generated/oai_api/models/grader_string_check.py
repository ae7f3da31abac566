from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grader_string_check_operation import (
    GraderStringCheckOperation,
    check_grader_string_check_operation,
)
from ..models.grader_string_check_type import (
    GraderStringCheckType,
    check_grader_string_check_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GraderStringCheck")


@_attrs_define
class GraderStringCheck:
    """Grader that compares an input string with a reference string using `eq`, `ne`, `like` or `ilike`."""

    type_: GraderStringCheckType
    """ Always `string_check` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    input_: str
    """ Text to check; template strings are allowed. """
    reference: str
    """ Text to compare against; template strings are allowed. """
    operation: GraderStringCheckOperation
    """ Comparison to apply: `eq` (equal), `ne` (not equal), `like` (pattern match) or `ilike` (case-insensitive
    pattern match). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        input_ = _v_input_

        _v_reference = (
            self.reference
            if self.reference is not None or "reference" not in self._none_flips
            else UNSET
        )

        reference = _v_reference

        _v_operation = (
            self.operation
            if self.operation is not None or "operation" not in self._none_flips
            else UNSET
        )

        if _v_operation is None or isinstance(_v_operation, Unset):
            operation = _v_operation
        else:
            operation: str = _v_operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "input": input_,
                    "reference": reference,
                    "operation": operation,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_grader_string_check_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        input_ = d.pop("input", UNSET)
        if (input_ is None or isinstance(input_, Unset)) and strict_parsing.get():
            raise KeyError("input")

        if input_ is None or input_ is UNSET:
            if input_ is UNSET:
                _none_flips += ("input_",)
            input_ = None

        reference = d.pop("reference", UNSET)
        if (reference is None or isinstance(reference, Unset)) and strict_parsing.get():
            raise KeyError("reference")

        if reference is None or reference is UNSET:
            if reference is UNSET:
                _none_flips += ("reference",)
            reference = None

        _operation_raw = d.pop("operation", UNSET)
        if _operation_raw is None or isinstance(_operation_raw, Unset):
            if strict_parsing.get():
                raise KeyError("operation")

            if _operation_raw is UNSET:
                _none_flips += ("operation",)
            operation = None

        else:
            try:
                operation = check_grader_string_check_operation(_operation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                operation = _operation_raw

        grader_string_check = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            operation=operation,
        )
        if _none_flips:
            grader_string_check._none_flips = _none_flips

        grader_string_check.additional_properties = d
        return grader_string_check

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
