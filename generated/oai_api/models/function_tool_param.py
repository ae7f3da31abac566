from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.function_tool_param_type import (
    FunctionToolParamType,
    check_function_tool_param_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam
    from ..models.function_tool_param_output_schema_type_0 import (
        FunctionToolParamOutputSchemaType0,
    )


T = TypeVar("T", bound="FunctionToolParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EmptyModelParam, FunctionToolParamOutputSchemaType0
    from ..models.empty_model_param import EmptyModelParam
    from ..models.function_tool_param_output_schema_type_0 import (
        FunctionToolParamOutputSchemaType0,
    )

    _models_bound = True


@_attrs_define
class FunctionToolParam:
    """A function tool inside a namespace."""

    name: str
    """ Name of the function. """
    type_: FunctionToolParamType
    """ Fixed tag `function`. """
    description: None | str | Unset = UNSET
    """ What the function does. """
    parameters: EmptyModelParam | None | Unset = UNSET
    """ JSON schema of the arguments. """
    strict: bool | None | Unset = UNSET
    """ Enforce the parameter schema exactly. """
    output_schema: FunctionToolParamOutputSchemaType0 | None | Unset = UNSET
    """ JSON schema of the function's result. """
    defer_loading: bool | Unset = UNSET
    """ Load the function only when tool search finds it. """
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        name = self.name

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

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

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, FunctionToolParamOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        defer_loading = self.defer_loading

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_function_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        _strict_raw = d.pop("strict", UNSET)
        if _strict_raw is None or isinstance(_strict_raw, Unset):
            strict = _strict_raw
        else:
            try:

                def _parse_strict(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                strict = _parse_strict(_strict_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                strict = _strict_raw

        _output_schema_raw = d.pop("output_schema", UNSET)
        if _output_schema_raw is None or isinstance(_output_schema_raw, Unset):
            output_schema = _output_schema_raw
        else:
            try:

                def _parse_output_schema(
                    data: object,
                ) -> FunctionToolParamOutputSchemaType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_schema_type_0 = (
                            FunctionToolParamOutputSchemaType0.from_dict(data)
                        )

                        return output_schema_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(FunctionToolParamOutputSchemaType0 | None | Unset, data)

                output_schema = _parse_output_schema(_output_schema_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_schema = _output_schema_raw

        defer_loading = d.pop("defer_loading", UNSET)
        if defer_loading is None and strict_parsing.get():
            raise TypeError("defer_loading")

        _allowed_callers_raw = d.pop("allowed_callers", UNSET)
        if _allowed_callers_raw is None or isinstance(_allowed_callers_raw, Unset):
            allowed_callers = _allowed_callers_raw
        else:
            try:

                def _parse_allowed_callers(
                    data: object,
                ) -> list[CallableToolAllowedCaller] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        allowed_callers_type_0 = []
                        _allowed_callers_type_0 = data
                        if not isinstance(_allowed_callers_type_0, list):
                            raise TypeError()
                        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                            allowed_callers_type_0_item = (
                                check_callable_tool_allowed_caller(
                                    allowed_callers_type_0_item_data
                                )
                            )

                            allowed_callers_type_0.append(allowed_callers_type_0_item)

                        return allowed_callers_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[CallableToolAllowedCaller] | None | Unset, data)

                allowed_callers = _parse_allowed_callers(_allowed_callers_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_callers = _allowed_callers_raw

        function_tool_param = cls(
            name=name,
            type_=type_,
            description=description,
            parameters=parameters,
            strict=strict,
            output_schema=output_schema,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )

        function_tool_param.additional_properties = d
        return function_tool_param

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
