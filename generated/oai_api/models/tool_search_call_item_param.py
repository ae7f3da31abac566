from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..models.tool_search_call_item_param_type import (
    ToolSearchCallItemParamType,
    check_tool_search_call_item_param_type,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam


T = TypeVar("T", bound="ToolSearchCallItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam

    _models_bound = True


@_attrs_define
class ToolSearchCallItemParam:
    """A tool search call, sent back as input."""

    type_: ToolSearchCallItemParamType
    """ Fixed tag `tool_search_call`. """
    arguments: EmptyModelParam
    """ A free-form JSON object. """
    id: None | str | Unset = UNSET
    """ Unique ID. """
    call_id: None | str | Unset = UNSET
    """ ID linking a tool call to its output. """
    execution: ToolSearchExecutionType | Unset = UNSET
    """ Who runs a tool search: the server or the caller. """
    status: FunctionCallItemStatus | None | Unset = UNSET
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(self.arguments, EmptyModelParam):
            arguments = self.arguments
        else:
            arguments = self.arguments.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        if self.execution is None or isinstance(self.execution, Unset):
            execution = self.execution
        else:
            execution: str | Unset = UNSET
            if not isinstance(self.execution, Unset):
                execution = self.execution

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "arguments": arguments,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_tool_search_call_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _arguments_raw = d.pop("arguments", UNSET)
        if _arguments_raw is None or isinstance(_arguments_raw, Unset):
            if strict_parsing.get():
                raise KeyError("arguments")

            arguments = _arguments_raw
        else:
            try:
                arguments = EmptyModelParam.from_dict(_arguments_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                arguments = _arguments_raw

        _id_raw = d.pop("id", UNSET)
        if _id_raw is None or isinstance(_id_raw, Unset):
            id = _id_raw
        else:
            try:

                def _parse_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                id = _parse_id(_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                id = _id_raw

        _call_id_raw = d.pop("call_id", UNSET)
        if _call_id_raw is None or isinstance(_call_id_raw, Unset):
            call_id = _call_id_raw
        else:
            try:

                def _parse_call_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                call_id = _parse_call_id(_call_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                call_id = _call_id_raw

        _execution_raw = d.pop("execution", UNSET)
        if _execution_raw is None or isinstance(_execution_raw, Unset):
            if _execution_raw is None and strict_parsing.get():
                raise TypeError("execution")

            execution = _execution_raw
        else:
            try:
                _execution = _execution_raw
                execution: ToolSearchExecutionType | Unset
                if isinstance(_execution, Unset):
                    execution = UNSET
                else:
                    execution = check_tool_search_execution_type(_execution)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                execution = _execution_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            status = _status_raw
        else:
            try:

                def _parse_status(
                    data: object,
                ) -> FunctionCallItemStatus | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        status_type_0 = check_function_call_item_status(data)

                        return status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(FunctionCallItemStatus | None | Unset, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        tool_search_call_item_param = cls(
            type_=type_,
            arguments=arguments,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
        )

        tool_search_call_item_param.additional_properties = d
        return tool_search_call_item_param

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
