from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ContainerFileResource(_OpenModel):
    """A file inside a container: its path, size in bytes, origin (`user` or `assistant`) and creation time."""

    id: str

    object_: str

    container_id: str

    created_at: int

    bytes_: int

    path: str

    source: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "container_id", "created_at", "id", "object", "path", "source")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, None),
            ("container_id", "container_id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED, None),
            ("path", "path", REQUIRED, None),
            ("source", "source", REQUIRED, None),
        )
