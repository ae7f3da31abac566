from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.function_parameters import FunctionParameters


T = TypeVar("T", bound="ChatCompletionFunctions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FunctionParameters
    from ..models.function_parameters import FunctionParameters

    _models_bound = True


@_attrs_define
class ChatCompletionFunctions:
    """Legacy function definition."""

    name: str
    """ Function name. """
    description: str | None = None
    """ What the function does, for the model. """
    parameters: FunctionParameters | None = None
    """ JSON Schema object describing function arguments. """
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

        if not isinstance(_v_parameters, FunctionParameters):
            parameters = _v_parameters
        else:
            parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_parameters, Unset):
                parameters = _v_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )
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
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("ChatCompletionFunctions: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
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
            _parameters = _parameters_raw
            parameters: FunctionParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = FunctionParameters.from_dict(_parameters)

        chat_completion_functions = cls(
            name=name,
            description=description,
            parameters=parameters,
        )
        if _none_flips:
            chat_completion_functions._none_flips = _none_flips

        chat_completion_functions.additional_properties = d
        return chat_completion_functions

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
