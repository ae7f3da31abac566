from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_apply_patch_tool_param_type import (
    BetaApplyPatchToolParamType,
    check_beta_apply_patch_tool_param_type,
)
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaApplyPatchToolParam")


@_attrs_define
class BetaApplyPatchToolParam:
    """Let the model edit files by emitting patches the caller applies."""

    type_: BetaApplyPatchToolParamType
    """ Fixed tag `apply_patch`. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

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
                }.items()
                if v is not UNSET
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_beta_apply_patch_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        beta_apply_patch_tool_param = cls(
            type_=type_,
            allowed_callers=allowed_callers,
        )
        if _none_flips:
            beta_apply_patch_tool_param._none_flips = _none_flips

        beta_apply_patch_tool_param.additional_properties = d
        return beta_apply_patch_tool_param

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
