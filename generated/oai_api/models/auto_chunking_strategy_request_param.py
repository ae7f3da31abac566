from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.auto_chunking_strategy_request_param_type import (
    AutoChunkingStrategyRequestParamType,
    check_auto_chunking_strategy_request_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AutoChunkingStrategyRequestParam(_Model):
    """Default chunking: 800-token chunks with a 400-token overlap."""

    type_: AutoChunkingStrategyRequestParamType
    """ Strategy kind; always `auto`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("auto",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_auto_chunking_strategy_request_param_type,
            ),
            extra=DROP,
            strict=True,
        )
