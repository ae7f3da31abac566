from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectUpdateRequest(_OpenModel):
    """Project fields to change; omitted ones stay as they are."""

    name: None | str = None
    """ New display name, shown in reports. """
    external_key_id: None | str = None
    """ ID of an external encryption key to tie to the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("external_key_id", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("external_key_id", "external_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            strict=True,
        )
