from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.url_citation_body_type import (
    UrlCitationBodyType,
    check_url_citation_body_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UrlCitationBody(_OpenModel):
    """Output text cites a web page."""

    type_: UrlCitationBodyType
    """ Fixed tag `url_citation`. """
    url: str
    """ URL of the cited page. """
    start_index: int
    """ First character of the citation in the text. """
    end_index: int
    """ Character after the citation in the text. """
    title: str
    """ Title of the cited page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "start_index", "title", "type", "url")
    _tags = {"type": ("url_citation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_url_citation_body_type),
            ("url", "url", REQUIRED, None),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
            ("title", "title", REQUIRED, None),
        )
