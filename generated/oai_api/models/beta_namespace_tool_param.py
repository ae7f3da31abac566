from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_namespace_tool_param_type import (
    BetaNamespaceToolParamType,
    check_beta_namespace_tool_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_function_tool_param import BetaFunctionToolParam


T = TypeVar("T", bound="BetaNamespaceToolParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaCustomToolParam, BetaFunctionToolParam
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_function_tool_param import BetaFunctionToolParam

    _models_bound = True


@_attrs_define
class BetaNamespaceToolParam:
    """A named group of function and custom tools, called as namespace plus tool name."""

    type_: BetaNamespaceToolParamType
    """ Fixed tag `namespace`. """
    name: str
    """ Namespace prefix the model uses when calling its tools, e.g. `crm`. """
    description: str
    """ Text telling the model what the namespace covers. """
    tools: list[BetaCustomToolParam | BetaFunctionToolParam]
    """ Function or custom tools in this namespace; at least one. """
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" not in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools = []
            for tools_item_data in _v_tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, BetaFunctionToolParam) or isinstance(
                    tools_item_data, BetaCustomToolParam
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "description": description,
                    "tools": tools,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_namespace_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if (
            description is None or isinstance(description, Unset)
        ) and strict_parsing.get():
            raise KeyError("description")

        if description is None or description is UNSET:
            if description is UNSET:
                _none_flips += ("description",)
            description = None

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            if _tools_raw is UNSET:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> BetaCustomToolParam | BetaFunctionToolParam:
                        if isinstance(data, dict):
                            if data.get("type") == "function":
                                try:
                                    tools_item_type_0 = BetaFunctionToolParam.from_dict(
                                        data
                                    )

                                    return tools_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom":
                                try:
                                    tools_item_type_1 = BetaCustomToolParam.from_dict(
                                        data
                                    )

                                    return tools_item_type_1
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
                                return _parse_tools_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "allowed_callers",
                                        "defer_loading",
                                        "description",
                                        "name",
                                        "output_schema",
                                        "parameters",
                                        "strict",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "defer_loading",
                                        "description",
                                        "format",
                                        "name",
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
                            if data.get("type", "function") not in ("function",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            tools_item_type_0 = BetaFunctionToolParam.from_dict(data)

                            return tools_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom") not in ("custom",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            tools_item_type_1 = BetaCustomToolParam.from_dict(data)

                            return tools_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(BetaCustomToolParam | BetaFunctionToolParam, data)

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        beta_namespace_tool_param = cls(
            type_=type_,
            name=name,
            description=description,
            tools=tools,
        )
        if _none_flips:
            beta_namespace_tool_param._none_flips = _none_flips

        beta_namespace_tool_param.additional_properties = d
        return beta_namespace_tool_param

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
