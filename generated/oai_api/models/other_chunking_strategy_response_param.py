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
from ..models.other_chunking_strategy_response_param_type import (
    OtherChunkingStrategyResponseParamType,
    check_other_chunking_strategy_response_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class OtherChunkingStrategyResponseParam(_Model):
    """Chunking strategy reported as `other` when unknown, usually for files indexed before chunking options existed."""

    type_: OtherChunkingStrategyResponseParamType

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type",)
    _tags = {"type": ("other",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_other_chunking_strategy_response_param_type,
            ),
            extra=DROP,
        )
