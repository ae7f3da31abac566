from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="EvalRunResultCounts")


@_attrs_define
class EvalRunResultCounts:
    total: int
    errored: int
    failed: int
    passed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_total = (
            self.total
            if self.total is not None or "total" not in self._none_flips
            else UNSET
        )

        total = _v_total

        _v_errored = (
            self.errored
            if self.errored is not None or "errored" not in self._none_flips
            else UNSET
        )

        errored = _v_errored

        _v_failed = (
            self.failed
            if self.failed is not None or "failed" not in self._none_flips
            else UNSET
        )

        failed = _v_failed

        _v_passed = (
            self.passed
            if self.passed is not None or "passed" not in self._none_flips
            else UNSET
        )

        passed = _v_passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "total": total,
                    "errored": errored,
                    "failed": failed,
                    "passed": passed,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        total = d.pop("total", UNSET)
        if (total is None or isinstance(total, Unset)) and strict_parsing.get():
            raise KeyError("total")

        if total is None or total is UNSET:
            if total is UNSET:
                _none_flips += ("total",)
            total = None

        errored = d.pop("errored", UNSET)
        if (errored is None or isinstance(errored, Unset)) and strict_parsing.get():
            raise KeyError("errored")

        if errored is None or errored is UNSET:
            if errored is UNSET:
                _none_flips += ("errored",)
            errored = None

        failed = d.pop("failed", UNSET)
        if (failed is None or isinstance(failed, Unset)) and strict_parsing.get():
            raise KeyError("failed")

        if failed is None or failed is UNSET:
            if failed is UNSET:
                _none_flips += ("failed",)
            failed = None

        passed = d.pop("passed", UNSET)
        if (passed is None or isinstance(passed, Unset)) and strict_parsing.get():
            raise KeyError("passed")

        if passed is None or passed is UNSET:
            if passed is UNSET:
                _none_flips += ("passed",)
            passed = None

        eval_run_result_counts = cls(
            total=total,
            errored=errored,
            failed=failed,
            passed=passed,
        )
        if _none_flips:
            eval_run_result_counts._none_flips = _none_flips

        eval_run_result_counts.additional_properties = d
        return eval_run_result_counts

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
