from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_function_tool_param_type import (
    BetaFunctionToolParamType,
    check_beta_function_tool_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_empty_model_param import BetaEmptyModelParam
    from ..models.beta_function_tool_param_output_schema_type_0 import (
        BetaFunctionToolParamOutputSchemaType0,
    )


T = TypeVar("T", bound="BetaFunctionToolParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaEmptyModelParam, BetaFunctionToolParamOutputSchemaType0
    from ..models.beta_empty_model_param import BetaEmptyModelParam
    from ..models.beta_function_tool_param_output_schema_type_0 import (
        BetaFunctionToolParamOutputSchemaType0,
    )

    _models_bound = True


@_attrs_define
class BetaFunctionToolParam:
    """A function tool inside a namespace."""

    name: str
    """ Name of the function, 1 to 128 characters. """
    type_: BetaFunctionToolParamType
    """ Fixed tag `function`. """
    description: None | str = None
    """ What the function does. """
    parameters: BetaEmptyModelParam | None = None
    """ JSON schema of the arguments. """
    strict: bool | None = None
    """ Enforce the parameter schema exactly; if left out, strict mode is used when the schema allows it. """
    output_schema: BetaFunctionToolParamOutputSchemaType0 | None = None
    """ JSON schema of the function's result. """
    defer_loading: bool | None = None
    """ Load the function only when tool search finds it. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
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

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description: None | str | Unset
        if isinstance(_v_description, Unset):
            description = UNSET
        else:
            description = _v_description

        _v_parameters = (
            self.parameters
            if self.parameters is not None or "parameters" in self._none_flips
            else UNSET
        )

        parameters: dict[str, Any] | None | Unset
        if isinstance(_v_parameters, Unset):
            parameters = UNSET
        elif isinstance(_v_parameters, BetaEmptyModelParam):
            parameters = _v_parameters.to_dict()
        else:
            parameters = _v_parameters

        _v_strict = (
            self.strict
            if self.strict is not None or "strict" in self._none_flips
            else UNSET
        )

        strict: bool | None | Unset
        if isinstance(_v_strict, Unset):
            strict = UNSET
        else:
            strict = _v_strict

        _v_output_schema = (
            self.output_schema
            if self.output_schema is not None or "output_schema" in self._none_flips
            else UNSET
        )

        output_schema: dict[str, Any] | None | Unset
        if isinstance(_v_output_schema, Unset):
            output_schema = UNSET
        elif isinstance(_v_output_schema, BetaFunctionToolParamOutputSchemaType0):
            output_schema = _v_output_schema.to_dict()
        else:
            output_schema = _v_output_schema

        _v_defer_loading = (
            self.defer_loading
            if self.defer_loading is not None or "defer_loading" in self._none_flips
            else UNSET
        )

        defer_loading = _v_defer_loading

        _v_allowed_callers = (
            self.allowed_callers
            if self.allowed_callers is not None or "allowed_callers" in self._none_flips
            else UNSET
        )

        allowed_callers: list[str] | None | Unset
        if isinstance(_v_allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(_v_allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in _v_allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = _v_allowed_callers

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
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_function_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            if _description_raw is None:
                _none_flips += ("description",)
            description = None

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
            if _parameters_raw is None:
                _none_flips += ("parameters",)
            parameters = None

        else:
            try:

                def _parse_parameters(
                    data: object,
                ) -> BetaEmptyModelParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        parameters_type_0 = BetaEmptyModelParam.from_dict(data)

                        return parameters_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaEmptyModelParam | None | Unset, data)

                parameters = _parse_parameters(_parameters_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                parameters = _parameters_raw

        _strict_raw = d.pop("strict", UNSET)
        if _strict_raw is None or isinstance(_strict_raw, Unset):
            if _strict_raw is None:
                _none_flips += ("strict",)
            strict = None

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
            if _output_schema_raw is None:
                _none_flips += ("output_schema",)
            output_schema = None

        else:
            try:

                def _parse_output_schema(
                    data: object,
                ) -> BetaFunctionToolParamOutputSchemaType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_schema_type_0 = (
                            BetaFunctionToolParamOutputSchemaType0.from_dict(data)
                        )

                        return output_schema_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaFunctionToolParamOutputSchemaType0 | None | Unset, data
                    )

                output_schema = _parse_output_schema(_output_schema_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_schema = _output_schema_raw

        defer_loading = d.pop("defer_loading", UNSET)
        if defer_loading is None and strict_parsing.get():
            raise TypeError("defer_loading")

        if defer_loading is None or defer_loading is UNSET:
            if defer_loading is None:
                _none_flips += ("defer_loading",)
            defer_loading = None

        _allowed_callers_raw = d.pop("allowed_callers", UNSET)
        if _allowed_callers_raw is None or isinstance(_allowed_callers_raw, Unset):
            if _allowed_callers_raw is None:
                _none_flips += ("allowed_callers",)
            allowed_callers = None

        else:
            try:

                def _parse_allowed_callers(
                    data: object,
                ) -> list[BetaCallableToolAllowedCaller] | None | Unset:
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
                                check_beta_callable_tool_allowed_caller(
                                    allowed_callers_type_0_item_data
                                )
                            )

                            allowed_callers_type_0.append(allowed_callers_type_0_item)

                        return allowed_callers_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[BetaCallableToolAllowedCaller] | None | Unset, data
                    )

                allowed_callers = _parse_allowed_callers(_allowed_callers_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_callers = _allowed_callers_raw

        beta_function_tool_param = cls(
            name=name,
            type_=type_,
            description=description,
            parameters=parameters,
            strict=strict,
            output_schema=output_schema,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        if _none_flips:
            beta_function_tool_param._none_flips = _none_flips

        beta_function_tool_param.additional_properties = d
        return beta_function_tool_param

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
