from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.static_chunking_strategy_request_param_type import (
    StaticChunkingStrategyRequestParamType,
    check_static_chunking_strategy_request_param_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.static_chunking_strategy import StaticChunkingStrategy


T = TypeVar("T", bound="StaticChunkingStrategyRequestParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, StaticChunkingStrategy
    from ..models.static_chunking_strategy import StaticChunkingStrategy

    _models_bound = True


@_attrs_define
class StaticChunkingStrategyRequestParam:
    """Chunking with a chunk size and overlap you choose."""

    type_: StaticChunkingStrategyRequestParamType
    """ Strategy kind; always `static`. """
    static: StaticChunkingStrategy
    """ Fixed chunk size and overlap, both in tokens. """
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

        _v_static = (
            self.static
            if self.static is not None or "static" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_static, StaticChunkingStrategy):
            static = _v_static
        else:
            static = _v_static.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "static": static,
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
            raise KeyError(
                "StaticChunkingStrategyRequestParam: required field type is missing"
            )

        else:
            type_ = check_static_chunking_strategy_request_param_type(_type__raw)

        _static_raw = d.pop("static", UNSET)
        if _static_raw is None or isinstance(_static_raw, Unset):
            raise KeyError(
                "StaticChunkingStrategyRequestParam: required field static is missing"
            )

        else:
            static = StaticChunkingStrategy.from_dict(_static_raw)

        static_chunking_strategy_request_param = cls(
            type_=type_,
            static=static,
        )
        if _none_flips:
            static_chunking_strategy_request_param._none_flips = _none_flips

        return static_chunking_strategy_request_param
