from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_container_file_citation_param_type import (
    BetaContainerFileCitationParamType,
    check_beta_container_file_citation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaContainerFileCitationParam(_OpenModel):
    """Output text cites a file in a code container, as sent in input."""

    type_: BetaContainerFileCitationParamType
    """ Fixed tag `container_file_citation`. """
    start_index: int
    """ Start position of the cited span in the text. """
    end_index: int
    """ End position of the cited span in the text. """
    container_id: str
    """ Container holding the cited file. """
    file_id: str
    """ ID of the cited file. """
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
            ("type_", "type", REQUIRED, check_beta_container_file_citation_param_type),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
            ("container_id", "container_id", REQUIRED, None),
            ("file_id", "file_id", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
        )
