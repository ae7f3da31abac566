from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_run_output_item_result_sample_type_0 import (
        EvalRunOutputItemResultSampleType0,
    )


T = TypeVar("T", bound="EvalRunOutputItemResult")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EvalRunOutputItemResultSampleType0
    from ..models.eval_run_output_item_result_sample_type_0 import (
        EvalRunOutputItemResultSampleType0,
    )

    _models_bound = True


@_attrs_define
class EvalRunOutputItemResult:
    """How one grader judged one output item: its score and whether it passed."""

    name: str
    score: float
    passed: bool
    type_: str | None = None
    sample: EvalRunOutputItemResultSampleType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_score = (
            self.score
            if self.score is not None or "score" not in self._none_flips
            else UNSET
        )

        score = _v_score

        _v_passed = (
            self.passed
            if self.passed is not None or "passed" not in self._none_flips
            else UNSET
        )

        passed = _v_passed

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        _v_sample = (
            self.sample
            if self.sample is not None or "sample" in self._none_flips
            else UNSET
        )

        sample: dict[str, Any] | None | Unset
        if isinstance(_v_sample, Unset):
            sample = UNSET
        elif isinstance(_v_sample, EvalRunOutputItemResultSampleType0):
            sample = _v_sample.to_dict()
        else:
            sample = _v_sample

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "score": score,
                    "passed": passed,
                }.items()
                if v is not UNSET
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sample is not UNSET:
            field_dict["sample"] = sample

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        score = d.pop("score", UNSET)
        if (score is None or isinstance(score, Unset)) and strict_parsing.get():
            raise KeyError("score")

        if score is None or score is UNSET:
            if score is UNSET:
                _none_flips += ("score",)
            score = None

        passed = d.pop("passed", UNSET)
        if (passed is None or isinstance(passed, Unset)) and strict_parsing.get():
            raise KeyError("passed")

        if passed is None or passed is UNSET:
            if passed is UNSET:
                _none_flips += ("passed",)
            passed = None

        type_ = d.pop("type", UNSET)
        if type_ is None and strict_parsing.get():
            raise TypeError("type")

        if type_ is None or type_ is UNSET:
            if type_ is None:
                _none_flips += ("type_",)
            type_ = None

        _sample_raw = d.pop("sample", UNSET)
        if _sample_raw is None or isinstance(_sample_raw, Unset):
            if _sample_raw is None:
                _none_flips += ("sample",)
            sample = None

        else:
            try:

                def _parse_sample(
                    data: object,
                ) -> EvalRunOutputItemResultSampleType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        sample_type_0 = EvalRunOutputItemResultSampleType0.from_dict(
                            data
                        )

                        return sample_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(EvalRunOutputItemResultSampleType0 | None | Unset, data)

                sample = _parse_sample(_sample_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sample = _sample_raw

        eval_run_output_item_result = cls(
            name=name,
            score=score,
            passed=passed,
            type_=type_,
            sample=sample,
        )
        if _none_flips:
            eval_run_output_item_result._none_flips = _none_flips

        eval_run_output_item_result.additional_properties = d
        return eval_run_output_item_result

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
