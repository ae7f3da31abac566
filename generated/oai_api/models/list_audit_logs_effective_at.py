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
class ListAuditLogsEffectiveAt(_OpenModel):
    """Time window on the event's `effective_at`, in Unix seconds, given as `gt`, `gte`, `lt` and/or `lte` bounds."""

    gt: int | None = None

    gte: int | None = None

    lt: int | None = None

    lte: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("gt", "gte", "lt", "lte")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("gt", "gt", OPTIONAL, None),
            ("gte", "gte", OPTIONAL, None),
            ("lt", "lt", OPTIONAL, None),
            ("lte", "lte", OPTIONAL, None),
        )
