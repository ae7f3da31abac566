from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaContextManagementParam(_OpenModel):
    """A context management rule for the request, such as automatic compaction."""

    type_: str
    """ Kind of rule; currently only `compaction`. """
    compact_threshold: int | None = None
    """ Token count at which the context is compacted; at least 1000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("compact_threshold", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, None),
            (
                "compact_threshold",
                "compact_threshold",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            strict=True,
        )
