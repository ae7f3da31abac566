from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_url_citation_param_type import (
    BetaUrlCitationParamType,
    check_beta_url_citation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaUrlCitationParam(_OpenModel):
    """Input form of a web citation on a span of text."""

    type_: BetaUrlCitationParamType
    """ Fixed tag `url_citation`. """
    start_index: int
    """ Character offset (0 or more) where the cited span begins. """
    end_index: int
    """ Character offset (0 or more) where the cited span ends. """
    url: str
    """ Address of the cited page. """
    title: str
    """ Name of the cited page, as shown to readers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "start_index", "title", "type", "url")
    _tags = {"type": ("url_citation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_url_citation_param_type),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
            ("url", "url", REQUIRED, None),
            ("title", "title", REQUIRED, None),
        )
