from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_delta_step_details_tool_calls_object_type import (
    RunStepDeltaStepDetailsToolCallsObjectType,
    check_run_step_delta_step_details_tool_calls_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RunStepDeltaStepDetailsToolCallsCodeObject, \
        RunStepDeltaStepDetailsToolCallsFileSearchObject, \
        RunStepDeltaStepDetailsToolCallsFunctionObject
    from ..models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )

    _models_bound = True


@_attrs_define
class RunStepDeltaStepDetailsToolCallsObject:
    """Streamed change to the tool calls of a run step."""

    type_: RunStepDeltaStepDetailsToolCallsObjectType
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
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
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_tool_calls = (
            self.tool_calls
            if self.tool_calls is not None or "tool_calls" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tool_calls, list):
            tool_calls = _v_tool_calls
        else:
            tool_calls: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tool_calls, Unset):
                tool_calls = []
                for tool_calls_item_data in _v_tool_calls:
                    tool_calls_item: dict[str, Any]
                    if (
                        isinstance(
                            tool_calls_item_data,
                            RunStepDeltaStepDetailsToolCallsCodeObject,
                        )
                        or isinstance(
                            tool_calls_item_data,
                            RunStepDeltaStepDetailsToolCallsFileSearchObject,
                        )
                        or isinstance(
                            tool_calls_item_data,
                            RunStepDeltaStepDetailsToolCallsFunctionObject,
                        )
                    ):
                        tool_calls_item = tool_calls_item_data.to_dict()
                    else:
                        tool_calls_item = tool_calls_item_data
                    tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

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
                type_ = check_run_step_delta_step_details_tool_calls_object_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _tool_calls_raw = d.pop("tool_calls", UNSET)
        if _tool_calls_raw is None or isinstance(_tool_calls_raw, Unset):
            if _tool_calls_raw is None and strict_parsing.get():
                raise TypeError("tool_calls")

            if _tool_calls_raw is None:
                _none_flips += ("tool_calls",)
            tool_calls = None

        else:
            try:
                _tool_calls = _tool_calls_raw
                tool_calls: (
                    list[
                        RunStepDeltaStepDetailsToolCallsCodeObject
                        | RunStepDeltaStepDetailsToolCallsFileSearchObject
                        | RunStepDeltaStepDetailsToolCallsFunctionObject
                    ]
                    | Unset
                ) = UNSET
                if _tool_calls is not UNSET:
                    tool_calls = []
                    if not isinstance(_tool_calls, list):
                        raise TypeError()
                    for tool_calls_item_data in _tool_calls:

                        def _parse_tool_calls_item(
                            data: object,
                        ) -> (
                            RunStepDeltaStepDetailsToolCallsCodeObject
                            | RunStepDeltaStepDetailsToolCallsFileSearchObject
                            | RunStepDeltaStepDetailsToolCallsFunctionObject
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "code_interpreter":
                                    try:
                                        tool_calls_item_type_0 = RunStepDeltaStepDetailsToolCallsCodeObject.from_dict(
                                            data
                                        )

                                        return tool_calls_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        tool_calls_item_type_1 = RunStepDeltaStepDetailsToolCallsFileSearchObject.from_dict(
                                            data
                                        )

                                        return tool_calls_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function":
                                    try:
                                        tool_calls_item_type_2 = RunStepDeltaStepDetailsToolCallsFunctionObject.from_dict(
                                            data
                                        )

                                        return tool_calls_item_type_2
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
                                    return _parse_tool_calls_item(data)
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
                                            "code_interpreter",
                                            "id",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "file_search",
                                            "id",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "function",
                                            "id",
                                            "index",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "code_interpreter") not in (
                                    "code_interpreter",
                                ):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                tool_calls_item_type_0 = RunStepDeltaStepDetailsToolCallsCodeObject.from_dict(
                                    data
                                )

                                return tool_calls_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file_search") not in (
                                    "file_search",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                tool_calls_item_type_1 = RunStepDeltaStepDetailsToolCallsFileSearchObject.from_dict(
                                    data
                                )

                                return tool_calls_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "function") not in ("function",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                tool_calls_item_type_2 = RunStepDeltaStepDetailsToolCallsFunctionObject.from_dict(
                                    data
                                )

                                return tool_calls_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                RunStepDeltaStepDetailsToolCallsCodeObject
                                | RunStepDeltaStepDetailsToolCallsFileSearchObject
                                | RunStepDeltaStepDetailsToolCallsFunctionObject,
                                data,
                            )

                        tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

                        tool_calls.append(tool_calls_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_calls = _tool_calls_raw

        run_step_delta_step_details_tool_calls_object = cls(
            type_=type_,
            tool_calls=tool_calls,
        )
        if _none_flips:
            run_step_delta_step_details_tool_calls_object._none_flips = _none_flips

        run_step_delta_step_details_tool_calls_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_object

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
