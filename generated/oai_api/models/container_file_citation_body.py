from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.container_file_citation_body_type import (
    ContainerFileCitationBodyType,
    check_container_file_citation_body_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ContainerFileCitationBody(_OpenModel):
    """Output text cites a file in a code container."""

    type_: ContainerFileCitationBodyType
    """ Fixed tag `container_file_citation`. """
    container_id: str
    """ ID of the container. """
    file_id: str
    """ ID of the cited file. """
    start_index: int
    """ First character of the citation in the text. """
    end_index: int
    """ Character after the citation in the text. """
    filename: str
    """ Name of the cited file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("container_id", "end_index", "file_id", "filename", "start_index", "type")
    _tags = {"type": ("container_file_citation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_container_file_citation_body_type),
            ("container_id", "container_id", REQUIRED, None),
            ("file_id", "file_id", REQUIRED, None),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
        )
