from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.open_ai_file import OpenAIFile


@_attrs_define(repr=False)
class ListFilesResponse(_OpenModel):
    """One page of files."""

    object_: str
    """ Fixed tag `list`. """
    data: list[OpenAIFile]
    """ The items of this page. """
    first_id: str
    """ ID of the first item of the page. """
    last_id: str
    """ ID of the last item of the page. """
    has_more: bool
    """ Whether more items follow this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")

    @staticmethod
    def _fields() -> Table:
        from ..models.open_ai_file import OpenAIFile

        return fields(
            ("object_", "object", REQUIRED, None),
            ("data", "data", REQUIRED, list_of(OpenAIFile)),
            ("first_id", "first_id", REQUIRED, None),
            ("last_id", "last_id", REQUIRED, None),
            ("has_more", "has_more", REQUIRED, None),
        )
