from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..models.tool_search_tool_param_type import (
    ToolSearchToolParamType,
    check_tool_search_tool_param_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam


T = TypeVar("T", bound="ToolSearchToolParam")

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
class ToolSearchToolParam:
    """Let the model search deferred tools and load them when needed."""

    type_: ToolSearchToolParamType
    """ Fixed tag `tool_search`. """
    execution: ToolSearchExecutionType | Unset = UNSET
    """ Who runs a tool search: the server or the caller. """
    description: None | str | Unset = UNSET
    """ Description of a caller-run search tool, for the model. """
    parameters: EmptyModelParam | None | Unset = UNSET
    """ Argument schema of a caller-run search tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if self.execution is None or isinstance(self.execution, Unset):
            execution = self.execution
        else:
            execution: str | Unset = UNSET
            if not isinstance(self.execution, Unset):
                execution = self.execution

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, EmptyModelParam):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

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
        if execution is not UNSET:
            field_dict["execution"] = execution
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
                type_ = check_tool_search_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            description = _description_raw
        else:
            try:

                def _parse_description(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                description = _parse_description(_description_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                description = _description_raw

        _parameters_raw = d.pop("parameters", UNSET)
        if _parameters_raw is None or isinstance(_parameters_raw, Unset):
            parameters = _parameters_raw
        else:
            try:

                def _parse_parameters(data: object) -> EmptyModelParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        parameters_type_0 = EmptyModelParam.from_dict(data)

                        return parameters_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(EmptyModelParam | None | Unset, data)

                parameters = _parse_parameters(_parameters_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                parameters = _parameters_raw

        tool_search_tool_param = cls(
            type_=type_,
            execution=execution,
            description=description,
            parameters=parameters,
        )

        tool_search_tool_param.additional_properties = d
        return tool_search_tool_param

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
