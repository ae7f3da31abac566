from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_chunking_strategy_request_param_type import (
    AutoChunkingStrategyRequestParamType,
    check_auto_chunking_strategy_request_param_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AutoChunkingStrategyRequestParam")


@_attrs_define
class AutoChunkingStrategyRequestParam:
    """Default chunking: 800-token chunks with a 400-token overlap."""

    type_: AutoChunkingStrategyRequestParamType
    """ Strategy kind; always `auto`. """
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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "AutoChunkingStrategyRequestParam: required field type is missing"
            )

        else:
            type_ = check_auto_chunking_strategy_request_param_type(_type__raw)

        auto_chunking_strategy_request_param = cls(
            type_=type_,
        )
        if _none_flips:
            auto_chunking_strategy_request_param._none_flips = _none_flips

        return auto_chunking_strategy_request_param
