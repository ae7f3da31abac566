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
class BetaLocalSkillParam(_OpenModel):
    """A skill stored in a local directory, made available to the model by name and summary."""

    name: str
    """ Name the skill is known by. """
    description: str
    """ Short summary telling the model what the skill does. """
    path: str
    """ Directory on disk that holds the skill's files. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "path")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED, None),
            ("path", "path", REQUIRED, None),
        )
