from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="EvalRunPerTestingCriteriaResultsItem")


@_attrs_define
class EvalRunPerTestingCriteriaResultsItem:
    testing_criteria: str
    passed: int
    failed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_testing_criteria = (
            self.testing_criteria
            if self.testing_criteria is not None
            or "testing_criteria" not in self._none_flips
            else UNSET
        )

        testing_criteria = _v_testing_criteria

        _v_passed = (
            self.passed
            if self.passed is not None or "passed" not in self._none_flips
            else UNSET
        )

        passed = _v_passed

        _v_failed = (
            self.failed
            if self.failed is not None or "failed" not in self._none_flips
            else UNSET
        )

        failed = _v_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "testing_criteria": testing_criteria,
                    "passed": passed,
                    "failed": failed,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        testing_criteria = d.pop("testing_criteria", UNSET)
        if (
            testing_criteria is None or isinstance(testing_criteria, Unset)
        ) and strict_parsing.get():
            raise KeyError("testing_criteria")

        if testing_criteria is None or testing_criteria is UNSET:
            if testing_criteria is UNSET:
                _none_flips += ("testing_criteria",)
            testing_criteria = None

        passed = d.pop("passed", UNSET)
        if (passed is None or isinstance(passed, Unset)) and strict_parsing.get():
            raise KeyError("passed")

        if passed is None or passed is UNSET:
            if passed is UNSET:
                _none_flips += ("passed",)
            passed = None

        failed = d.pop("failed", UNSET)
        if (failed is None or isinstance(failed, Unset)) and strict_parsing.get():
            raise KeyError("failed")

        if failed is None or failed is UNSET:
            if failed is UNSET:
                _none_flips += ("failed",)
            failed = None

        eval_run_per_testing_criteria_results_item = cls(
            testing_criteria=testing_criteria,
            passed=passed,
            failed=failed,
        )
        if _none_flips:
            eval_run_per_testing_criteria_results_item._none_flips = _none_flips

        eval_run_per_testing_criteria_results_item.additional_properties = d
        return eval_run_per_testing_criteria_results_item

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
