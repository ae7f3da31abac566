from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grader_score_model_type import (
    GraderScoreModelType,
    check_grader_score_model_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_item import EvalItem
    from ..models.grader_score_model_sampling_params import (
        GraderScoreModelSamplingParams,
    )


T = TypeVar("T", bound="GraderScoreModel")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EvalItem, GraderScoreModelSamplingParams
    from ..models.eval_item import EvalItem
    from ..models.grader_score_model_sampling_params import (
        GraderScoreModelSamplingParams,
    )

    _models_bound = True


@_attrs_define
class GraderScoreModel:
    """Grader in which a model rates the input on a numeric scale."""

    type_: GraderScoreModelType
    """ Always `score_model` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    model: str
    """ Model that produces the score. """
    input_: list[EvalItem]
    """ Messages the grading model reads; content may be text, model output, images or audio and may use template
    strings. """
    sampling_params: GraderScoreModelSamplingParams | None = None
    """ Sampling settings for the grading model. """
    range_: list[float] | None = None
    """ Lowest and highest possible score, as `[min, max]`; `[0, 1]` if omitted. """
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_, list):
            input_ = _v_input_
        else:
            input_ = []
            for input_item_data in _v_input_:
                if not isinstance(input_item_data, EvalItem):
                    input_.append(input_item_data)
                    continue
                input_item = input_item_data.to_dict()
                input_.append(input_item)

        _v_sampling_params = (
            self.sampling_params
            if self.sampling_params is not None or "sampling_params" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sampling_params, GraderScoreModelSamplingParams):
            sampling_params = _v_sampling_params
        else:
            sampling_params: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_sampling_params, Unset):
                sampling_params = _v_sampling_params.to_dict()

        _v_range_ = (
            self.range_
            if self.range_ is not None or "range_" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_range_, list):
            range_ = _v_range_
        else:
            range_: list[float] | Unset = UNSET
            if not isinstance(_v_range_, Unset):
                range_ = _v_range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "model": model,
                    "input": input_,
                }.items()
                if v is not UNSET
            }
        )
        if sampling_params is not UNSET:
            field_dict["sampling_params"] = sampling_params
        if range_ is not UNSET:
            field_dict["range"] = range_

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
                type_ = check_grader_score_model_type(_type__raw)

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

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if strict_parsing.get():
                raise KeyError("input")

            if _input__raw is UNSET:
                _none_flips += ("input_",)
            input_ = None

        else:
            try:
                input_ = []
                _input_ = _input__raw
                if not isinstance(_input_, list):
                    raise TypeError()
                for input_item_data in _input_:
                    input_item = EvalItem.from_dict(input_item_data)

                    input_.append(input_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        _sampling_params_raw = d.pop("sampling_params", UNSET)
        if _sampling_params_raw is None or isinstance(_sampling_params_raw, Unset):
            if _sampling_params_raw is None and strict_parsing.get():
                raise TypeError("sampling_params")

            if _sampling_params_raw is None:
                _none_flips += ("sampling_params",)
            sampling_params = None

        else:
            try:
                _sampling_params = _sampling_params_raw
                sampling_params: GraderScoreModelSamplingParams | Unset
                if isinstance(_sampling_params, Unset):
                    sampling_params = UNSET
                else:
                    sampling_params = GraderScoreModelSamplingParams.from_dict(
                        _sampling_params
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sampling_params = _sampling_params_raw

        _range__raw = d.pop("range", UNSET)
        if _range__raw is None or isinstance(_range__raw, Unset):
            if _range__raw is None and strict_parsing.get():
                raise TypeError("range")

            if _range__raw is None:
                _none_flips += ("range_",)
            range_ = None

        else:
            try:
                range_ = cast(list[float], _range__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                range_ = _range__raw

        grader_score_model = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            sampling_params=sampling_params,
            range_=range_,
        )
        if _none_flips:
            grader_score_model._none_flips = _none_flips

        grader_score_model.additional_properties = d
        return grader_score_model

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
