from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategories(_OpenModel):
    """Whether each category was flagged."""

    hate: bool
    """ Flagged as `hate`. """
    hatethreatening: bool
    """ Flagged as `hate/threatening`. """
    harassment: bool
    """ Flagged as `harassment`. """
    harassmentthreatening: bool
    """ Flagged as `harassment/threatening`. """
    illicit: bool | None
    """ Flagged as `illicit`. """
    illicitviolent: bool | None
    """ Flagged as `illicit/violent`. """
    self_harm: bool
    """ Flagged as `self-harm`. """
    self_harmintent: bool
    """ Flagged as `self-harm/intent`. """
    self_harminstructions: bool
    """ Flagged as `self-harm/instructions`. """
    sexual: bool
    """ Flagged as `sexual`. """
    sexualminors: bool
    """ Flagged as `sexual/minors`. """
    violence: bool
    """ Flagged as `violence`. """
    violencegraphic: bool
    """ Flagged as `violence/graphic`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "harassment",
        "harassment/threatening",
        "hate",
        "hate/threatening",
        "illicit",
        "illicit/violent",
        "self-harm",
        "self-harm/instructions",
        "self-harm/intent",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("hate", "hate", REQUIRED, None),
            ("hatethreatening", "hate/threatening", REQUIRED, None),
            ("harassment", "harassment", REQUIRED, None),
            ("harassmentthreatening", "harassment/threatening", REQUIRED, None),
            ("illicit", "illicit", REQUIRED_OR_NULL, one_of(bool, None)),
            ("illicitviolent", "illicit/violent", REQUIRED_OR_NULL, one_of(bool, None)),
            ("self_harm", "self-harm", REQUIRED, None),
            ("self_harmintent", "self-harm/intent", REQUIRED, None),
            ("self_harminstructions", "self-harm/instructions", REQUIRED, None),
            ("sexual", "sexual", REQUIRED, None),
            ("sexualminors", "sexual/minors", REQUIRED, None),
            ("violence", "violence", REQUIRED, None),
            ("violencegraphic", "violence/graphic", REQUIRED, None),
        )
