from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaWebSearchToolFiltersType0(_OpenModel):
    allowed_domains: list[str] | None = None
    """ Only search these domains and their subdomains, e.g. `pubmed.ncbi.nlm.nih.gov`; empty or None allows all.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_domains",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "allowed_domains",
                "allowed_domains",
                OPTIONAL_OR_NULL,
                one_of(list_of(None), None),
            ),
        )
