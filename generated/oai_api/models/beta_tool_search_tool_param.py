from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..models.beta_tool_search_tool_param_type import (
    BetaToolSearchToolParamType,
    check_beta_tool_search_tool_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_empty_model_param import BetaEmptyModelParam


T = TypeVar("T", bound="BetaToolSearchToolParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaEmptyModelParam
    from ..models.beta_empty_model_param import BetaEmptyModelParam

    _models_bound = True


@_attrs_define
class BetaToolSearchToolParam:
    """Enables tool search over deferred tools, run by OpenAI or by your own client."""

    type_: BetaToolSearchToolParamType
    """ Fixed tag `tool_search`. """
    execution: BetaToolSearchExecutionType | None = None
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    description: None | str = None
    """ For client-run tool search: how the tool is described to the model. """
    parameters: BetaEmptyModelParam | None = None
    """ For client-run tool search: schema of the arguments the model sends. """
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

        _v_execution = (
            self.execution
            if self.execution is not None or "execution" in self._none_flips
            else UNSET
        )

        if _v_execution is None or isinstance(_v_execution, Unset):
            execution = _v_execution
        else:
            execution: str | Unset = UNSET
            if not isinstance(_v_execution, Unset):
                execution = _v_execution

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
                type_ = check_beta_tool_search_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _execution_raw = d.pop("execution", UNSET)
        if _execution_raw is None or isinstance(_execution_raw, Unset):
            if _execution_raw is None and strict_parsing.get():
                raise TypeError("execution")

            if _execution_raw is None:
                _none_flips += ("execution",)
            execution = None

        else:
            try:
                _execution = _execution_raw
                execution: BetaToolSearchExecutionType | Unset
                if isinstance(_execution, Unset):
                    execution = UNSET
                else:
                    execution = check_beta_tool_search_execution_type(_execution)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                execution = _execution_raw

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

        beta_tool_search_tool_param = cls(
            type_=type_,
            execution=execution,
            description=description,
            parameters=parameters,
        )
        if _none_flips:
            beta_tool_search_tool_param._none_flips = _none_flips

        beta_tool_search_tool_param.additional_properties = d
        return beta_tool_search_tool_param

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
