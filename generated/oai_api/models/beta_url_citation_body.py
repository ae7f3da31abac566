from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_url_citation_body_type import (
    BetaUrlCitationBodyType,
    check_beta_url_citation_body_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaUrlCitationBody(_OpenModel):
    """Marks a span of output text as drawn from a web page."""

    type_: BetaUrlCitationBodyType
    """ Fixed tag `url_citation`. """
    url: str
    """ Address of the cited page. """
    start_index: int
    """ Position in the message text where the cited span begins. """
    end_index: int
    """ Position in the message text where the cited span ends. """
    title: str
    """ Headline of the web page being cited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "start_index", "title", "type", "url")
    _tags = {"type": ("url_citation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_url_citation_body_type),
            ("url", "url", REQUIRED, None),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
            ("title", "title", REQUIRED, None),
        )
