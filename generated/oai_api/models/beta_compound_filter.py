from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_compound_filter_type import (
    BetaCompoundFilterType,
    check_beta_compound_filter_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_comparison_filter import BetaComparisonFilter


T = TypeVar("T", bound="BetaCompoundFilter")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaComparisonFilter
    from ..models.beta_comparison_filter import BetaComparisonFilter

    _models_bound = True


@_attrs_define
class BetaCompoundFilter:
    """Combine filters with `and` or `or`."""

    type_: BetaCompoundFilterType
    """ `and` (every filter must match) or `or` (any one may match). """
    filters: list[BetaComparisonFilter | BetaCompoundFilter]
    """ The comparison or nested compound filters to join. """
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

        _v_filters = (
            self.filters
            if self.filters is not None or "filters" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_filters, list):
            filters = _v_filters
        else:
            filters = []
            for filters_item_data in _v_filters:
                filters_item: dict[str, Any]
                if isinstance(filters_item_data, BetaComparisonFilter) or isinstance(
                    filters_item_data, BetaCompoundFilter
                ):
                    filters_item = filters_item_data.to_dict()
                else:
                    filters_item = filters_item_data
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "filters": filters,
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
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_compound_filter_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _filters_raw = d.pop("filters", UNSET)
        if _filters_raw is None or isinstance(_filters_raw, Unset):
            if strict_parsing.get():
                raise KeyError("filters")

            if _filters_raw is UNSET:
                _none_flips += ("filters",)
            filters = None

        else:
            try:
                filters = []
                _filters = _filters_raw
                if not isinstance(_filters, list):
                    raise TypeError()
                for filters_item_data in _filters:

                    def _parse_filters_item(
                        data: object,
                    ) -> BetaComparisonFilter | BetaCompoundFilter:

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_filters_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "key",
                                        "type",
                                        "value",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "filters",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "eq") not in (
                                "eq",
                                "ne",
                                "gt",
                                "gte",
                                "lt",
                                "lte",
                                "in",
                                "nin",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            filters_item_type_0 = BetaComparisonFilter.from_dict(data)

                            return filters_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "and") not in (
                                "and",
                                "or",
                            ):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            filters_item_type_1 = BetaCompoundFilter.from_dict(data)

                            return filters_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(BetaComparisonFilter | BetaCompoundFilter, data)

                    filters_item = _parse_filters_item(filters_item_data)

                    filters.append(filters_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                filters = _filters_raw

        beta_compound_filter = cls(
            type_=type_,
            filters=filters,
        )
        if _none_flips:
            beta_compound_filter._none_flips = _none_flips

        return beta_compound_filter
