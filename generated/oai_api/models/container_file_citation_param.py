from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.container_file_citation_param_type import (
    ContainerFileCitationParamType,
    check_container_file_citation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ContainerFileCitationParam(_OpenModel):
    """Citation of a file inside a container, with the character range of the cited text."""

    type_: ContainerFileCitationParamType

    start_index: int

    end_index: int

    container_id: str

    file_id: str

    filename: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("container_id", "end_index", "file_id", "filename", "start_index", "type")
    _tags = {"type": ("container_file_citation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_container_file_citation_param_type),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
            ("container_id", "container_id", REQUIRED, None),
            ("file_id", "file_id", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
        )
