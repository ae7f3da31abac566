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
from ..models.beta_compound_filter_type import (
    BetaCompoundFilterType,
    check_beta_compound_filter_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_comparison_filter import BetaComparisonFilter


@_attrs_define(repr=False)
class BetaCompoundFilter(_Model):
    """Combine filters with `and` or `or`."""

    type_: BetaCompoundFilterType
    """ `and` (every filter must match) or `or` (any one may match). """
    filters: list[BetaComparisonFilter | BetaCompoundFilter]
    """ The comparison or nested compound filters to join. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("filters", "type")
    _tags = {"type": ("and", "or")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_compound_filter_type),
            (
                "filters",
                "filters",
                REQUIRED,
                list_of(
                    one_of(
                        member("beta_comparison_filter", "BetaComparisonFilter"),
                        member("beta_compound_filter", "BetaCompoundFilter"),
                    )
                ),
            ),
            extra=DROP,
        )
