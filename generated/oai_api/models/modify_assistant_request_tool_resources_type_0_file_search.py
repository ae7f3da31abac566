from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ModifyAssistantRequestToolResourcesType0FileSearch(_OpenModel):
    """Resources for the file search tool."""

    vector_store_ids: list[str] | None = None
    """ Vector store ID that replaces the attached one; only one is allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("vector_store_ids",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("vector_store_ids", "vector_store_ids", OPTIONAL, list_of(None)),
            strict=True,
        )
