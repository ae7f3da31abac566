from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_file_citation_param_type import (
    BetaFileCitationParamType,
    check_beta_file_citation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaFileCitationParam(_OpenModel):
    """Output text cites an uploaded file, as sent in input."""

    type_: BetaFileCitationParamType
    """ Fixed tag `file_citation`. """
    index: int
    """ Position in the text the citation refers to. """
    file_id: str
    """ ID of the cited file. """
    filename: str
    """ Name of the cited file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_id", "filename", "index", "type")
    _tags = {"type": ("file_citation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_file_citation_param_type),
            ("index", "index", REQUIRED, None),
            ("file_id", "file_id", REQUIRED, None),
            ("filename", "filename", REQUIRED, None),
        )
