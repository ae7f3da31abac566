from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_output_item_sample_input_item import (
        EvalRunOutputItemSampleInputItem,
    )
    from ..models.eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem,
    )
    from ..models.eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage


T = TypeVar("T", bound="EvalRunOutputItemSample")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        EvalApiError, \
        EvalRunOutputItemSampleInputItem, \
        EvalRunOutputItemSampleOutputItem, \
        EvalRunOutputItemSampleUsage
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_output_item_sample_input_item import (
        EvalRunOutputItemSampleInputItem,
    )
    from ..models.eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem,
    )
    from ..models.eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage

    _models_bound = True


@_attrs_define
class EvalRunOutputItemSample:
    input_: list[EvalRunOutputItemSampleInputItem]
    output: list[EvalRunOutputItemSampleOutputItem]
    finish_reason: str
    model: str
    usage: EvalRunOutputItemSampleUsage
    error: EvalApiError
    """ An error reported by the Evals API, with a code and a message. """
    temperature: float
    max_completion_tokens: int
    top_p: float
    seed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
                if not isinstance(input_item_data, EvalRunOutputItemSampleInputItem):
                    input_.append(input_item_data)
                    continue
                input_item = input_item_data.to_dict()
                input_.append(input_item)

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, list):
            output = _v_output
        else:
            output = []
            for output_item_data in _v_output:
                if not isinstance(output_item_data, EvalRunOutputItemSampleOutputItem):
                    output.append(output_item_data)
                    continue
                output_item = output_item_data.to_dict()
                output.append(output_item)

        _v_finish_reason = (
            self.finish_reason
            if self.finish_reason is not None or "finish_reason" not in self._none_flips
            else UNSET
        )

        finish_reason = _v_finish_reason

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, EvalRunOutputItemSampleUsage):
            usage = _v_usage
        else:
            usage = _v_usage.to_dict()

        _v_error = (
            self.error
            if self.error is not None or "error" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_error, EvalApiError):
            error = _v_error
        else:
            error = _v_error.to_dict()

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" not in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

        _v_max_completion_tokens = (
            self.max_completion_tokens
            if self.max_completion_tokens is not None
            or "max_completion_tokens" not in self._none_flips
            else UNSET
        )

        max_completion_tokens = _v_max_completion_tokens

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" not in self._none_flips
            else UNSET
        )

        top_p = _v_top_p

        _v_seed = (
            self.seed
            if self.seed is not None or "seed" not in self._none_flips
            else UNSET
        )

        seed = _v_seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input": input_,
                    "output": output,
                    "finish_reason": finish_reason,
                    "model": model,
                    "usage": usage,
                    "error": error,
                    "temperature": temperature,
                    "max_completion_tokens": max_completion_tokens,
                    "top_p": top_p,
                    "seed": seed,
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
                    input_item = EvalRunOutputItemSampleInputItem.from_dict(
                        input_item_data
                    )

                    input_.append(input_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:
                output = []
                _output = _output_raw
                if not isinstance(_output, list):
                    raise TypeError()
                for output_item_data in _output:
                    output_item = EvalRunOutputItemSampleOutputItem.from_dict(
                        output_item_data
                    )

                    output.append(output_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        finish_reason = d.pop("finish_reason", UNSET)
        if (
            finish_reason is None or isinstance(finish_reason, Unset)
        ) and strict_parsing.get():
            raise KeyError("finish_reason")

        if finish_reason is None or finish_reason is UNSET:
            if finish_reason is UNSET:
                _none_flips += ("finish_reason",)
            finish_reason = None

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if strict_parsing.get():
                raise KeyError("usage")

            if _usage_raw is UNSET:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                usage = EvalRunOutputItemSampleUsage.from_dict(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if strict_parsing.get():
                raise KeyError("error")

            if _error_raw is UNSET:
                _none_flips += ("error",)
            error = None

        else:
            try:
                error = EvalApiError.from_dict(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        temperature = d.pop("temperature", UNSET)
        if (
            temperature is None or isinstance(temperature, Unset)
        ) and strict_parsing.get():
            raise KeyError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is UNSET:
                _none_flips += ("temperature",)
            temperature = None

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        if (
            max_completion_tokens is None or isinstance(max_completion_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("max_completion_tokens")

        if max_completion_tokens is None or max_completion_tokens is UNSET:
            if max_completion_tokens is UNSET:
                _none_flips += ("max_completion_tokens",)
            max_completion_tokens = None

        top_p = d.pop("top_p", UNSET)
        if (top_p is None or isinstance(top_p, Unset)) and strict_parsing.get():
            raise KeyError("top_p")

        if top_p is None or top_p is UNSET:
            if top_p is UNSET:
                _none_flips += ("top_p",)
            top_p = None

        seed = d.pop("seed", UNSET)
        if (seed is None or isinstance(seed, Unset)) and strict_parsing.get():
            raise KeyError("seed")

        if seed is None or seed is UNSET:
            if seed is UNSET:
                _none_flips += ("seed",)
            seed = None

        eval_run_output_item_sample = cls(
            input_=input_,
            output=output,
            finish_reason=finish_reason,
            model=model,
            usage=usage,
            error=error,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
        )
        if _none_flips:
            eval_run_output_item_sample._none_flips = _none_flips

        eval_run_output_item_sample.additional_properties = d
        return eval_run_output_item_sample

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
