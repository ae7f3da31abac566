from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject, \
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )

    _models_bound = True


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter:
    input_: str | None = None
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        ]
        | None
    ) = None
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
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        input_ = _v_input_

        _v_outputs = (
            self.outputs
            if self.outputs is not None or "outputs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_outputs, list):
            outputs = _v_outputs
        else:
            outputs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_outputs, Unset):
                outputs = []
                for outputs_item_data in _v_outputs:
                    outputs_item: dict[str, Any]
                    if isinstance(
                        outputs_item_data,
                        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
                    ) or isinstance(
                        outputs_item_data,
                        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
                    ):
                        outputs_item = outputs_item_data.to_dict()
                    else:
                        outputs_item = outputs_item_data
                    outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        input_ = d.pop("input", UNSET)
        if input_ is None and strict_parsing.get():
            raise TypeError("input")

        if input_ is None or input_ is UNSET:
            if input_ is None:
                _none_flips += ("input_",)
            input_ = None

        _outputs_raw = d.pop("outputs", UNSET)
        if _outputs_raw is None or isinstance(_outputs_raw, Unset):
            if _outputs_raw is None and strict_parsing.get():
                raise TypeError("outputs")

            if _outputs_raw is None:
                _none_flips += ("outputs",)
            outputs = None

        else:
            try:
                _outputs = _outputs_raw
                outputs: (
                    list[
                        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                        | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
                    ]
                    | Unset
                ) = UNSET
                if _outputs is not UNSET:
                    outputs = []
                    if not isinstance(_outputs, list):
                        raise TypeError()
                    for outputs_item_data in _outputs:

                        def _parse_outputs_item(
                            data: object,
                        ) -> (
                            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "logs":
                                    try:
                                        outputs_item_type_0 = RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.from_dict(
                                            data
                                        )

                                        return outputs_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image":
                                    try:
                                        outputs_item_type_1 = RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.from_dict(
                                            data
                                        )

                                        return outputs_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass

                            if not strict_parsing.get():
                                strictly = strict_parsing.set(True)
                                try:
                                    return _parse_outputs_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "index",
                                            "logs",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "image",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "logs") not in ("logs",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                outputs_item_type_0 = RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.from_dict(
                                    data
                                )

                                return outputs_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image") not in ("image",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                outputs_item_type_1 = RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.from_dict(
                                    data
                                )

                                return outputs_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                                | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
                                data,
                            )

                        outputs_item = _parse_outputs_item(outputs_item_data)

                        outputs.append(outputs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                outputs = _outputs_raw

        run_step_delta_step_details_tool_calls_code_object_code_interpreter = cls(
            input_=input_,
            outputs=outputs,
        )
        if _none_flips:
            run_step_delta_step_details_tool_calls_code_object_code_interpreter._none_flips = _none_flips

        run_step_delta_step_details_tool_calls_code_object_code_interpreter.additional_properties = d
        return run_step_delta_step_details_tool_calls_code_object_code_interpreter

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
