from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grader_text_similarity_evaluation_metric import (
    GraderTextSimilarityEvaluationMetric,
    check_grader_text_similarity_evaluation_metric,
)
from ..models.grader_text_similarity_type import (
    GraderTextSimilarityType,
    check_grader_text_similarity_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="EvalGraderTextSimilarity")


@_attrs_define
class EvalGraderTextSimilarity:
    """A text-similarity grader used as an eval testing criterion, with a pass threshold."""

    type_: GraderTextSimilarityType
    """ Always `text_similarity` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    input_: str
    """ Text to be scored. """
    reference: str
    """ Reference text the input is compared with. """
    evaluation_metric: GraderTextSimilarityEvaluationMetric
    """ Similarity measure: `cosine`, `fuzzy_match`, `bleu`, `gleu`, `meteor`, or one of the ROUGE variants
    `rouge_1` to `rouge_5` and `rouge_l`. """
    pass_threshold: float
    """ Similarity score at or above which an item counts as passing. """
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

        _v_evaluation_metric = (
            self.evaluation_metric
            if self.evaluation_metric is not None
            or "evaluation_metric" not in self._none_flips
            else UNSET
        )

        if _v_evaluation_metric is None or isinstance(_v_evaluation_metric, Unset):
            evaluation_metric = _v_evaluation_metric
        else:
            evaluation_metric: str = _v_evaluation_metric

        _v_pass_threshold = (
            self.pass_threshold
            if self.pass_threshold is not None
            or "pass_threshold" not in self._none_flips
            else UNSET
        )

        pass_threshold = _v_pass_threshold

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
                    "evaluation_metric": evaluation_metric,
                    "pass_threshold": pass_threshold,
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
                type_ = check_grader_text_similarity_type(_type__raw)

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

        _evaluation_metric_raw = d.pop("evaluation_metric", UNSET)
        if _evaluation_metric_raw is None or isinstance(_evaluation_metric_raw, Unset):
            if strict_parsing.get():
                raise KeyError("evaluation_metric")

            if _evaluation_metric_raw is UNSET:
                _none_flips += ("evaluation_metric",)
            evaluation_metric = None

        else:
            try:
                evaluation_metric = check_grader_text_similarity_evaluation_metric(
                    _evaluation_metric_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                evaluation_metric = _evaluation_metric_raw

        pass_threshold = d.pop("pass_threshold", UNSET)
        if (
            pass_threshold is None or isinstance(pass_threshold, Unset)
        ) and strict_parsing.get():
            raise KeyError("pass_threshold")

        if pass_threshold is None or pass_threshold is UNSET:
            if pass_threshold is UNSET:
                _none_flips += ("pass_threshold",)
            pass_threshold = None

        eval_grader_text_similarity = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            evaluation_metric=evaluation_metric,
            pass_threshold=pass_threshold,
        )
        if _none_flips:
            eval_grader_text_similarity._none_flips = _none_flips

        eval_grader_text_similarity.additional_properties = d
        return eval_grader_text_similarity

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
