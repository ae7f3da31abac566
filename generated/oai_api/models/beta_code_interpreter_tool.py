from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_code_interpreter_tool_type import (
    BetaCodeInterpreterToolType,
    check_beta_code_interpreter_tool_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_auto_code_interpreter_tool_param import (
        BetaAutoCodeInterpreterToolParam,
    )


T = TypeVar("T", bound="BetaCodeInterpreterTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAutoCodeInterpreterToolParam
    from ..models.beta_auto_code_interpreter_tool_param import (
        BetaAutoCodeInterpreterToolParam,
    )

    _models_bound = True


@_attrs_define
class BetaCodeInterpreterTool:
    """Let the model run Python code in a sandboxed container."""

    type_: BetaCodeInterpreterToolType
    """ Fixed tag `code_interpreter`. """
    container: BetaAutoCodeInterpreterToolParam | str
    """ Container ID, or settings for an automatically created container. """
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

        _v_container = (
            self.container
            if self.container is not None or "container" not in self._none_flips
            else UNSET
        )

        if _v_container is None or isinstance(_v_container, Unset):
            container = _v_container
        else:
            container: dict[str, Any] | str
            if isinstance(_v_container, BetaAutoCodeInterpreterToolParam):
                container = _v_container.to_dict()
            else:
                container = _v_container

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
                    "container": container,
                }.items()
                if v is not UNSET
            }
        )
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
                type_ = check_beta_code_interpreter_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _container_raw = d.pop("container", UNSET)
        if _container_raw is None or isinstance(_container_raw, Unset):
            if strict_parsing.get():
                raise KeyError("container")

            if _container_raw is UNSET:
                _none_flips += ("container",)
            container = None

        else:
            try:

                def _parse_container(
                    data: object,
                ) -> BetaAutoCodeInterpreterToolParam | str:
                    if isinstance(data, dict):
                        if data.get("type") == "auto":
                            try:
                                container_type_1 = (
                                    BetaAutoCodeInterpreterToolParam.from_dict(data)
                                )

                                return container_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "auto") not in ("auto",):
                            raise TypeError()
                        container_type_1 = BetaAutoCodeInterpreterToolParam.from_dict(
                            data
                        )

                        return container_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAutoCodeInterpreterToolParam | str, data)

                container = _parse_container(_container_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                container = _container_raw

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

        beta_code_interpreter_tool = cls(
            type_=type_,
            container=container,
            allowed_callers=allowed_callers,
        )
        if _none_flips:
            beta_code_interpreter_tool._none_flips = _none_flips

        beta_code_interpreter_tool.additional_properties = d
        return beta_code_interpreter_tool

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
