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
from ..models.static_chunking_strategy_request_param_type import (
    StaticChunkingStrategyRequestParamType,
    check_static_chunking_strategy_request_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.static_chunking_strategy import StaticChunkingStrategy


@_attrs_define(repr=False)
class StaticChunkingStrategyRequestParam(_Model):
    """Chunking with a chunk size and overlap you choose."""

    type_: StaticChunkingStrategyRequestParamType
    """ Strategy kind; always `static`. """
    static: StaticChunkingStrategy
    """ Fixed chunk size and overlap, both in tokens. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("static", "type")
    _tags = {"type": ("static",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.static_chunking_strategy import StaticChunkingStrategy

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_static_chunking_strategy_request_param_type,
            ),
            ("static", "static", REQUIRED, StaticChunkingStrategy),
            extra=DROP,
            strict=True,
        )
