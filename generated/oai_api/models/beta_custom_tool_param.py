from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_custom_tool_param_type import (
    BetaCustomToolParamType,
    check_beta_custom_tool_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_custom_grammar_format_param import BetaCustomGrammarFormatParam
    from ..models.beta_custom_text_format_param import BetaCustomTextFormatParam


T = TypeVar("T", bound="BetaCustomToolParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaCustomGrammarFormatParam, BetaCustomTextFormatParam
    from ..models.beta_custom_grammar_format_param import BetaCustomGrammarFormatParam
    from ..models.beta_custom_text_format_param import BetaCustomTextFormatParam

    _models_bound = True


@_attrs_define
class BetaCustomToolParam:
    """A tool that takes free-form text input, optionally constrained by a grammar."""

    type_: BetaCustomToolParamType
    """ Fixed tag `custom`. """
    name: str
    """ Name of the tool. """
    description: str | None = None
    """ What the tool does. """
    format_: BetaCustomGrammarFormatParam | BetaCustomTextFormatParam | None = None
    """ Input format: free text or a grammar. """
    defer_loading: bool | None = None
    """ Load the tool only when tool search finds it. """
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
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_format_ = (
            self.format_
            if self.format_ is not None or "format_" in self._none_flips
            else UNSET
        )

        if _v_format_ is None or isinstance(_v_format_, Unset):
            format_ = _v_format_
        else:
            format_: dict[str, Any] | Unset
            if isinstance(_v_format_, Unset):
                format_ = UNSET
            elif isinstance(_v_format_, BetaCustomTextFormatParam) or isinstance(
                _v_format_, BetaCustomGrammarFormatParam
            ):
                format_ = _v_format_.to_dict()
            else:
                format_ = _v_format_

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
                    "type": type_,
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_custom_tool_param_type(_type__raw)

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
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _format__raw = d.pop("format", UNSET)
        if _format__raw is None or isinstance(_format__raw, Unset):
            if _format__raw is None and strict_parsing.get():
                raise TypeError("format")

            if _format__raw is None:
                _none_flips += ("format_",)
            format_ = None

        else:
            try:

                def _parse_format_(
                    data: object,
                ) -> BetaCustomGrammarFormatParam | BetaCustomTextFormatParam | Unset:
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            try:
                                format_type_0 = BetaCustomTextFormatParam.from_dict(
                                    data
                                )

                                return format_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "grammar":
                            try:
                                format_type_1 = BetaCustomGrammarFormatParam.from_dict(
                                    data
                                )

                                return format_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_format_(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "definition",
                                    "syntax",
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
                        if data.get("type", "text") not in ("text",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        format_type_0 = BetaCustomTextFormatParam.from_dict(data)

                        return format_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "grammar") not in ("grammar",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        format_type_1 = BetaCustomGrammarFormatParam.from_dict(data)

                        return format_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaCustomGrammarFormatParam
                        | BetaCustomTextFormatParam
                        | Unset,
                        data,
                    )

                format_ = _parse_format_(_format__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                format_ = _format__raw

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

        beta_custom_tool_param = cls(
            type_=type_,
            name=name,
            description=description,
            format_=format_,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        if _none_flips:
            beta_custom_tool_param._none_flips = _none_flips

        beta_custom_tool_param.additional_properties = d
        return beta_custom_tool_param

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
