from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import Model as _Model
from ..models.beta_comparison_filter_type import (
    BetaComparisonFilterType,
    check_beta_comparison_filter_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaComparisonFilter(_Model):
    """Compare one file attribute with a value."""

    type_: BetaComparisonFilterType
    """ Operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in` (value in list) or `nin` (not in list); default `eq`.
    """
    key: str
    """ Attribute to compare. """
    value: bool | float | list[float | str] | str
    """ Value to compare with: a string, number or boolean, or a list for `in` and `nin`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("key", "type", "value")
    _tags = {"type": ("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_comparison_filter_type),
            ("key", "key", REQUIRED, None),
            (
                "value",
                "value",
                REQUIRED,
                one_of(str, float, bool, list_of(one_of(str, float))),
            ),
            extra=DROP,
        )
