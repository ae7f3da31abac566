from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.list_batches_response_object import (
    ListBatchesResponseObject,
    check_list_batches_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.batch import Batch


@_attrs_define(repr=False)
class ListBatchesResponse(_OpenModel):
    """One page of batches."""

    data: list[Batch]
    """ The items of this page. """
    has_more: bool
    """ Whether more items follow this page. """
    object_: ListBatchesResponseObject
    """ Fixed tag `list`. """
    first_id: str | None = None
    """ ID of the first item of the page. """
    last_id: str | None = None
    """ ID of the last item of the page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.batch import Batch

        return fields(
            ("data", "data", REQUIRED, list_of(Batch)),
            ("has_more", "has_more", REQUIRED, None),
            ("object_", "object", REQUIRED, check_list_batches_response_object),
            ("first_id", "first_id", OPTIONAL, None),
            ("last_id", "last_id", OPTIONAL, None),
        )
