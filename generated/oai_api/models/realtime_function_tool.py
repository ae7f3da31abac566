from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_function_tool_type import (
    RealtimeFunctionToolType,
    check_realtime_function_tool_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_function_tool_parameters import (
        RealtimeFunctionToolParameters,
    )


T = TypeVar("T", bound="RealtimeFunctionTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeFunctionToolParameters
    from ..models.realtime_function_tool_parameters import (
        RealtimeFunctionToolParameters,
    )

    _models_bound = True


@_attrs_define
class RealtimeFunctionTool:
    """A function the Realtime model may call, described by name, purpose and JSON Schema parameters."""

    type_: RealtimeFunctionToolType | None = None
    """ Tool kind; always `function`. """
    name: str | None = None
    """ Function name the model uses to call it. """
    description: str | None = None
    """ Explains the function's purpose and when to call it; may also say what to tell the user meanwhile. """
    parameters: RealtimeFunctionToolParameters | None = None
    """ JSON Schema of the function's arguments. """
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
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_parameters = (
            self.parameters
            if self.parameters is not None or "parameters" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_parameters, RealtimeFunctionToolParameters):
            parameters = _v_parameters
        else:
            parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_parameters, Unset):
                parameters = _v_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
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
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: RealtimeFunctionToolType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_realtime_function_tool_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _parameters_raw = d.pop("parameters", UNSET)
        if _parameters_raw is None or isinstance(_parameters_raw, Unset):
            if _parameters_raw is None and strict_parsing.get():
                raise TypeError("parameters")

            if _parameters_raw is None:
                _none_flips += ("parameters",)
            parameters = None

        else:
            try:
                _parameters = _parameters_raw
                parameters: RealtimeFunctionToolParameters | Unset
                if isinstance(_parameters, Unset):
                    parameters = UNSET
                else:
                    parameters = RealtimeFunctionToolParameters.from_dict(_parameters)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                parameters = _parameters_raw

        realtime_function_tool = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
        )
        if _none_flips:
            realtime_function_tool._none_flips = _none_flips

        realtime_function_tool.additional_properties = d
        return realtime_function_tool

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
