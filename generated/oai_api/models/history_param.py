from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class HistoryParam(_OpenModel):
    """Whether users can reach earlier threads, and how many."""

    enabled: bool | None = None
    """ Let users open their earlier ChatKit threads; true if omitted. """
    recent_threads: int | None = None
    """ How many recent threads users can reach; unlimited if omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("enabled", "recent_threads")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("enabled", "enabled", OPTIONAL, None),
            ("recent_threads", "recent_threads", OPTIONAL, None),
            strict=True,
        )
