from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model
from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.comparison_filter import ComparisonFilter


@_attrs_define(repr=False)
class CompoundFilter(_Model):
    """Combine filters with `and` or `or`."""

    type_: CompoundFilterType
    """ How to combine the filters. """
    filters: list[ComparisonFilter | CompoundFilter]
    """ Filters to combine. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("filters", "type")
    _tags = {"type": ("and", "or")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_compound_filter_type),
            (
                "filters",
                "filters",
                REQUIRED,
                list_of(
                    one_of(
                        member("comparison_filter", "ComparisonFilter"),
                        member("compound_filter", "CompoundFilter"),
                    )
                ),
            ),
            extra=DROP,
        )
